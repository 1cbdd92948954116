import Foundation

/// One content file as read from disk, before any interpretation.
public struct SourceDocument: Sendable, Equatable {
    public enum Format: String, Sendable { case text, markdown }

    /// Path relative to the content folder, with forward slashes.
    public var path: String
    public var format: Format
    public var frontMatter: FrontMatter
    /// Body text after the front matter, normalised to NFC with `\n` line ends.
    public var body: String
    /// 1-based line in the file where `body` starts, so diagnostics can point into the file.
    public var bodyStartLine: Int

    public init(path: String, format: Format, frontMatter: FrontMatter = FrontMatter(), body: String, bodyStartLine: Int = 1) {
        self.path = path
        self.format = format
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
    }
}

/// Editor-supplied metadata from the YAML block at the top of an article.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var id: String?
    public var published: String?
    public var source: String?
    public var url: String?
    /// Facts the editor pins over what extraction reads (`correct`, `correct_events`, `not_event`).
    public var corrections: Corrections

    public init(title: String? = nil, id: String? = nil, published: String? = nil, source: String? = nil, url: String? = nil,
                corrections: Corrections = Corrections()) {
        self.title = title
        self.id = id
        self.published = published
        self.source = source
        self.url = url
        self.corrections = corrections
    }
}
