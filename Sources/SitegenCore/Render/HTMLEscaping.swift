import Mustache

/// Escapes `{{value}}` output exactly as swift-mustache's built-in HTML content type does
/// (`<`, `>`, `&`, `"` and `'`), but byte by byte (`HTML.escape`): the built-in one hashes every
/// character into a dictionary, which was a tenth of a whole build.
struct HTMLEscaping: MustacheContentType {
    /// The name the templates' `{{%CONTENT_TYPE:...}}` pragma selects it by.
    static let pragmaName = "SITEGEN_HTML"

    /// Prepended to every template: swift-mustache starts each template and partial in its own HTML
    /// content type, so the pragma has to open each one. On a line of its own it renders nothing.
    static let pragma = "{{%CONTENT_TYPE:\(pragmaName)}}\n"

    /// Registration is global in swift-mustache; doing it once before any template is parsed is enough.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: pragmaName)

    func escapeText(_ text: String) -> String {
        HTML.escape(text, apostrophe: true)
    }
}
