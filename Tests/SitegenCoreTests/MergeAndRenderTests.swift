import Foundation
import Testing
@testable import SitegenCore

@Suite struct MergerTests {
    func event(_ article: String, start: String, precision: EventDate.Precision, session: Int? = 10) -> Event {
        Event(title: "Đối thoại lần thứ 10", kind: "dialogue", status: .held,
              date: EventDate(start: start, precision: precision, inferred: precision != .day, basis: "test"),
              countries: ["US"], mechanism: Mechanism(id: "vn-us-x", name: "Đối thoại", session: session),
              primary: true, sources: [EventSource(article: article, sentence: "Câu của \(article).", sentenceIndex: 1)])
    }

    func extracted(_ id: String, _ events: [Event]) -> ExtractedArticle {
        ExtractedArticle(article: CleanArticle(path: "\(id).txt", id: id, title: id, source: nil, published: nil, paragraphs: [], markdown: ""),
                         displayTitle: id, events: events, diagnostics: [])
    }

    @Test func sameSessionFromTwoArticlesIsOneEventWithTwoSources() {
        let timeline = Merger.merge([extracted("a", [event("a", start: "2019", precision: .year)]),
                                     extracted("b", [event("b", start: "2019-06-12", precision: .day)])])
        #expect(timeline.events.count == 1)
        #expect(timeline.events[0].sources.map(\.article) == ["b", "a"])
        #expect(timeline.events[0].date.start == "2019-06-12")
        #expect(timeline.articles.allSatisfy { $0.events[0].id == timeline.events[0].id })
    }

    /// After the merge an article's event is the merged event, except what is the article's own:
    /// whether it is the article's main event, the date as the article read it, and its sentences.
    @Test func anArticleKeepsItsOwnReadingOnlyOfWhatIsItsOwn() {
        var a = event("a", start: "2019", precision: .year)
        a.primary = false
        var b = event("b", start: "2019-06-12", precision: .day)
        b.participants = [Participant(name: "Nguyễn Văn A", title: "Thứ trưởng", country: "VN", role: .coChair)]
        let timeline = Merger.merge([extracted("a", [a]), extracted("b", [b])])
        let merged = timeline.events[0]
        let own = timeline.articles[0].events[0]
        #expect(own.id == merged.id && own.participants == merged.participants && own.sources.count == 1)
        #expect(own.primary == false && own.date.start == "2019" && own.sources.map(\.article) == ["a"])
        #expect(merged.primary && merged.date.start == "2019-06-12" && merged.sources.count == 2)
    }

    @Test func disagreeingDatesStayVisible() {
        let timeline = Merger.merge([extracted("a", [event("a", start: "2019-06-12", precision: .day)]),
                                     extracted("b", [event("b", start: "2019-06-13", precision: .day)])])
        #expect(timeline.events.count == 1)
        #expect(timeline.events[0].disagreements == [Disagreement(field: "date", value: "2019-06-13", article: "b")])
    }

    /// Two reports of one session that name different venues: one event, the other venue kept.
    @Test func disagreeingVenuesStayVisible() {
        var a = event("a", start: "2019-06-12", precision: .day)
        a.location = Location(city: "Hà Nội", country: "VN")
        var b = event("b", start: "2019-06-12", precision: .day)
        b.location = Location(city: "Washington, D.C.", country: "US")
        let timeline = Merger.merge([extracted("a", [a]), extracted("b", [b])])
        #expect(timeline.events.count == 1)
        #expect(timeline.events[0].location?.city == "Hà Nội")
        #expect(timeline.events[0].disagreements == [Disagreement(field: "location", value: "Washington, D.C.", article: "b")])
    }

    @Test func idsAreUniqueAndASCII() {
        let timeline = Merger.merge([extracted("a", [event("a", start: "2019", precision: .year, session: nil),
                                                     event("a", start: "2019", precision: .year, session: nil)])])
        #expect(timeline.events.count == 1)
        let other = Merger.merge([extracted("a", [event("a", start: "2019", precision: .year, session: 1),
                                                  event("a", start: "2019", precision: .year, session: 2)])])
        #expect(Set(other.events.map(\.id)).count == 2)
        #expect(other.events.allSatisfy { $0.id.allSatisfy { $0.isASCII } })
    }
}

@Suite struct MarkdownTests {
    @Test func rawHTMLIsSuppressed() {
        let html = Markdown.html("Xin chào <script>alert(1)</script> **đậm**\n")
        #expect(!html.contains("<script>"))
        #expect(html.contains("<strong>đậm</strong>"))
    }

    @Test func plainTextIsEscapedForMarkdown() {
        let html = Markdown.html(MarkdownText.escape("1. *không* phải danh sách [liên kết]") + "\n")
        #expect(html == "<p>1. *không* phải danh sách [liên kết]</p>\n")
    }

    @Test func sentencesGetAnchors() {
        let html = Markdown.anchorSentences("<p>Câu một &amp; hai. Câu ba.</p>\n", sentences: ["Câu một & hai.", "Câu ba."])
        #expect(html == "<p><span class=\"sentence\" id=\"s1\">Câu một &amp; hai.</span> <span class=\"sentence\" id=\"s2\">Câu ba.</span></p>\n")
    }
}
