/// An article after cleaning: boilerplate removed, sentences separated, title and agency identified.
public struct CleanArticle: Sendable, Equatable, Codable {
    public var path: String
    public var id: String
    /// The title as written in the text or front matter; nil when the text has none.
    public var title: String?
    /// News agency or outlet credited in the text or front matter (TTXVN, VOV5 ...).
    public var source: String?
    /// ISO date (YYYY-MM-DD) from front matter or a date line in the text.
    public var published: String?
    /// Body paragraphs as plain text, each a list of sentences.
    public var paragraphs: [[String]]
    /// A Markdown article's body as written (what survived cleaning); nil for a plain-text article.
    /// Every article's text stays in memory until its page renders, so a plain-text body is not
    /// kept a second time as Markdown.
    public var writtenMarkdown: String?
    /// Body as Markdown, for rendering.
    public var markdown: String { writtenMarkdown ?? MarkdownText.markdown(of: paragraphs) }
    /// The editor's corrections from front matter, applied at the end of the extract stage.
    public var corrections: Corrections

    public init(path: String, id: String, title: String?, source: String?, published: String?, paragraphs: [[String]], markdown: String?,
                corrections: Corrections = Corrections()) {
        self.path = path
        self.id = id
        self.title = title
        self.source = source
        self.published = published
        self.paragraphs = paragraphs
        writtenMarkdown = markdown
        self.corrections = corrections
    }

    /// Body sentences in reading order; a sentence's anchor on the article page is `s` + its 1-based index.
    public var sentences: [String] { paragraphs.flatMap { $0 } }
}
