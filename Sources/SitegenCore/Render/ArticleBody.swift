import Mustache

/// An article's body as HTML, converted by cmark only when the page is actually rendered: a page
/// kept from the previous build never pays for it. Its fingerprint is that of its inputs.
final class ArticleBody: MustacheCustomRenderable, Fingerprinted, @unchecked Sendable {
    let markdown: String
    let sentences: [String]

    init(markdown: String, sentences: [String]) {
        self.markdown = markdown
        self.sentences = sentences
    }

    var renderText: String {
        Markdown.anchorSentences(Markdown.demoteHeadings(Markdown.html(markdown)), sentences: sentences)
    }

    var isNull: Bool { false }

    var fingerprint: ContentHash? {
        var hash = ContentHash()
        hash.combine("article-body")
        hash.combine(markdown)
        for sentence in sentences { hash.combine(sentence) }
        return hash
    }
}
