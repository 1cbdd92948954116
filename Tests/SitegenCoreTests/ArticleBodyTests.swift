import Foundation
import Testing
@testable import SitegenCore

@Suite struct ArticleBodyTests {
    func article(_ paragraphs: [[String]], markdown: String? = nil) -> CleanArticle {
        CleanArticle(path: "a.txt", id: "a", title: nil, source: nil, published: nil, paragraphs: paragraphs, markdown: markdown)
    }

    /// Whatever changes the page's HTML changes the print: the sentences, where paragraphs break,
    /// and a Markdown body's own text.
    @Test func fingerprintFollowsEverythingTheHTMLIsMadeFrom() {
        let one = ArticleBody(article([["Câu một.", "Câu hai."]]))
        #expect(one.fingerprint == ArticleBody(article([["Câu một.", "Câu hai."]])).fingerprint)
        #expect(one.fingerprint != ArticleBody(article([["Câu một."], ["Câu hai."]])).fingerprint, "a paragraph break")
        #expect(one.fingerprint != ArticleBody(article([["Câu một.", "Câu ba."]])).fingerprint)
        #expect(one.fingerprint != ArticleBody(article([["Câu một.", "Câu hai."]], markdown: "Câu **một**. Câu hai.\n")).fingerprint)
        #expect(one.renderText.contains("Câu một.") && one.renderText.hasPrefix("<p>"))
    }
}
