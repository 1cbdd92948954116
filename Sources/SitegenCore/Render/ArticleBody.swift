import Mustache

/// An article's body as HTML, converted by cmark only when the page is actually rendered: a page
/// kept from the previous build never pays for it, nor for making a plain-text body's Markdown.
/// Its fingerprint is that of its inputs.
final class ArticleBody: MustacheCustomRenderable, Fingerprinted, @unchecked Sendable {
    let article: CleanArticle

    init(_ article: CleanArticle) {
        self.article = article
    }

    var renderText: String {
        Markdown.anchorSentences(Markdown.demoteHeadings(Markdown.html(article.markdown)), sentences: article.sentences)
    }

    var isNull: Bool { false }

    /// The Markdown is the written one, or made from the paragraphs: both are in the print.
    var fingerprint: ContentHash? {
        var hash = ContentHash()
        hash.combine("article-body")
        if let written = article.writtenMarkdown {
            hash.combine(separator: 1)
            hash.combine(written)
        }
        for paragraph in article.paragraphs {
            hash.combine(separator: 2)
            hash.combine(paragraph.count)
            for sentence in paragraph { hash.combine(sentence) }
        }
        return hash
    }
}
