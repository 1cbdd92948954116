import Mustache

/// Escapes `{{value}}` output exactly as swift-mustache's built-in HTML content type does
/// (`<`, `>`, `&`, `"` and `'`), but byte by byte: the built-in one hashes every character into a
/// dictionary, which was a tenth of a whole build. Most values need no escaping at all and are
/// returned as they are, without a copy.
struct HTMLEscaping: MustacheContentType {
    /// The name the templates' `{{%CONTENT_TYPE:...}}` pragma selects it by.
    static let pragmaName = "SITEGEN_HTML"

    /// Prepended to every template: swift-mustache starts each template and partial in its own HTML
    /// content type, so the pragma has to open each one. On a line of its own it renders nothing.
    static let pragma = "{{%CONTENT_TYPE:\(pragmaName)}}\n"

    /// Registration is global in swift-mustache; doing it once before any template is parsed is enough.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: pragmaName)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }
}
