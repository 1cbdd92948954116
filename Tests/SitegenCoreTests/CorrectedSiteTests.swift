import Foundation
import Testing
@testable import SitegenCore

/// A site built from the seeds with one article corrected: the event page marks each edited fact and
/// events.json flags it, while events nobody corrected carry no mark.
@Suite(.serialized) struct CorrectedSiteTests {
    static let correction = "---\ncorrect:\n  date: 2025-12-17\n  place: Hà Nội\n  co_chairs: [\"Thứ trưởng Ngoại giao Nguyễn Minh Vũ\"]\n---\n"
    static let eventID = "2025-12-17-doi-thoai-chinh-tri-an-ninh-quoc-phong-viet-nam-hoa-ky-lan-thu-14"

    func build(language: String) throws -> (root: URL, site: URL) {
        let root = try TestSupport.temporaryDirectory()
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestSupport.seedsDir, to: content)
        let file = content.appendingPathComponent("002_bbfadb0087711f81.txt")
        try (Self.correction + String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        let site = root.appendingPathComponent("public")
        let summary = try SiteBuilder(configuration: .init(content: content, templates: TestSupport.templatesDir, data: TestSupport.dataDir,
                                                           output: site, render: .init(language: language))).build()
        #expect(summary.errors == 0)
        return (root, site)
    }

    @Test func theEventPageMarksEachEditedFact() throws {
        let (root, site) = try build(language: "vi")
        defer { try? FileManager.default.removeItem(at: root) }
        let page = try String(contentsOf: site.appendingPathComponent("events/\(Self.eventID)/index.html"), encoding: .utf8)
        // The date, the place and the co-chairs: three facts, each marked.
        #expect(page.components(separatedBy: "<span class=\"mark-edited\">đã hiệu đính</span>").count - 1 == 4,
                "date, place, the co-chairs' note and the one co-chair")
        #expect(page.contains("fact__source fact__source--edited"))
        #expect(page.contains("<span class=\"dateline__place\">Hà Nội, Việt Nam</span>"))
        #expect(page.contains("<dd class=\"fact__value\">Hà Nội, Việt Nam</dd>"))
        #expect(page.contains("biên tập viên ghi trong front matter (dòng 3)"), "the date's basis says where it was set")
        let untouched = try String(contentsOf: site.appendingPathComponent("events/2024-12-20-dien-dam-viet-nam-anh/index.html"), encoding: .utf8)
        #expect(!untouched.contains("mark-edited"))
    }

    @Test func eventsJSONFlagsTheEditedFields() throws {
        let (root, site) = try build(language: "vi")
        defer { try? FileManager.default.removeItem(at: root) }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("events.json"))) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        let event = try #require(events.first { $0["id"] as? String == Self.eventID })
        #expect(event["edited"] as? [String] == ["date", "location", "participants"])
        let evidence = try #require(event["evidence"] as? [String: [String: Any]])
        #expect(evidence["date"]?["edited"] as? Bool == true)
        #expect(evidence["date"]?["sentence"] is NSNull)
        #expect(evidence["mechanism"]?["edited"] == nil, "a field read from the text keeps its sentence")
        #expect(events.filter { $0["id"] as? String != Self.eventID }.allSatisfy { ($0["edited"] as? [String])?.isEmpty == true })
    }

    @Test func theEnglishSiteSaysEdited() throws {
        let (root, site) = try build(language: "en")
        defer { try? FileManager.default.removeItem(at: root) }
        let page = try String(contentsOf: site.appendingPathComponent("events/\(Self.eventID)/index.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"mark-edited\">edited</span>"))
        #expect(page.contains("set by an editor in the front matter (line 3)"))
    }
}
