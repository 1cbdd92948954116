/// What the extract stage read out of one article.
public struct ExtractedArticle: Sendable, Equatable, Codable {
    public var article: CleanArticle
    /// Title shown on the site: the written title, or one synthesised from the primary event.
    public var displayTitle: String
    public var events: [Event]
    public var diagnostics: [Diagnostic]

    public init(article: CleanArticle, displayTitle: String, events: [Event], diagnostics: [Diagnostic]) {
        self.article = article
        self.displayTitle = displayTitle
        self.events = events
        self.diagnostics = diagnostics
    }
}

/// The merged, site-wide view: every article and every distinct real-world event.
public struct Timeline: Sendable {
    public var articles: [ExtractedArticle]
    public var events: [Event]

    public init(articles: [ExtractedArticle], events: [Event]) {
        self.articles = articles
        self.events = events
    }
}
