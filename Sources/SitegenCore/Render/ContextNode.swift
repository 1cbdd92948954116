import Mustache

/// A part of a page context that stands for itself in the fingerprint: built once and shared by
/// every page that shows it (an event's summary appears on its partner's, topic's, year's and
/// people's pages), so neither building nor fingerprinting it is repeated page after page.
protocol Fingerprinted {
    /// nil when the value cannot be fingerprinted; a page showing it is then always rendered.
    var fingerprint: ContentHash? { get }
}

/// A precomputed dictionary of template values with its fingerprint; or another node with a few
/// values replaced, which shares the other node's storage rather than copying it.
final class ContextNode: MustacheParent, Fingerprinted, @unchecked Sendable {
    let values: [String: Any]
    let base: ContextNode?
    let fingerprint: ContentHash?

    init(_ values: [String: Any]) {
        self.values = values
        base = nil
        fingerprint = ContextFingerprint.of(template: "", context: values, excludingBuildWideKeys: false)
    }

    init(_ base: ContextNode, overriding values: [String: Any]) {
        self.values = values
        self.base = base
        if let basePrint = base.fingerprint, let own = ContextFingerprint.of(template: "override", context: values, excludingBuildWideKeys: false) {
            var hash = basePrint
            hash.combine(own)
            fingerprint = hash
        } else {
            fingerprint = nil
        }
    }

    func child(named name: String) -> Any? { values[name] ?? base?.child(named: name) }
}

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
