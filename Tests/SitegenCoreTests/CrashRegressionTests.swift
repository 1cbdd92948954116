import Foundation
import Testing
@testable import SitegenCore

/// Article text that once stopped sitegen with a trap, or could make it hang, found by auditing
/// the extractor and by fuzzing. Each must now read without a crash and with a sensible result.
@Suite struct CrashRegressionTests {
    /// A date inside a relations statement ("nâng cấp quan hệ năm 2023 lên Đối tác …") made an
    /// inverted token range, and the build crashed on a plain news sentence.
    @Test func aDateInsideARelationsStatement() {
        let article = TestSupport.extract("""
        Việt Nam và Nhật Bản nâng cấp quan hệ
        Ngày 27/11/2023, tại Tokyo, Việt Nam và Nhật Bản nâng cấp quan hệ năm 2023 lên Đối tác chiến lược toàn diện vì hòa bình.
        """)
        let upgrade = article.events.first { $0.kind == "relations" && $0.title.contains("Đối tác chiến lược toàn diện") }
        #expect(upgrade?.date.start == "2023", "the year written inside the statement dates it")
        #expect(upgrade?.countries == ["JP"])
    }

    /// "lần thứ 9223372036854775807" overflowed when the series page counted on from it, and any
    /// large session number would have listed every session up to it as a gap.
    @Test func anAbsurdSessionNumberIsNotASession() throws {
        let lead = "tại London, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ và Quốc vụ khanh Bộ Ngoại giao Anh John Smith đồng chủ trì Đối thoại chiến lược Việt Nam - Anh"
        let huge = TestSupport.extract("---\ndate: 2024-06-20\n---\nĐối thoại chiến lược\nNgày 19/6, \(lead) lần thứ 9223372036854775807.\n")
        #expect(huge.events.first { $0.primary }?.mechanism?.session == nil)

        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "---\ndate: 2011-06-20\n---\nĐối thoại chiến lược\nNgày 19/6, \(lead) lần thứ 1.\n"
            .write(to: content.appendingPathComponent("first.txt"), atomically: true, encoding: .utf8)
        for (name, session) in [("big.txt", "5000"), ("max.txt", "9223372036854775807"), ("max-part.txt", "9223372036854775807 phiên thứ 2")] {
            try "---\ndate: 2024-06-20\n---\nĐối thoại chiến lược\nNgày 19/6, \(lead) lần thứ \(session).\n"
                .write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let output = root.appendingPathComponent("site")
        _ = try SiteBuilder(configuration: .init(content: content, templates: TestSupport.templatesDir, data: TestSupport.dataDir, output: output)).build()
        let page = try String(contentsOf: output.appendingPathComponent("series/vn-gb-strategic-dialogue/index.html"), encoding: .utf8)
        #expect(page.utf8.count < 100_000, "no list of thousands of missing sessions")
        #expect(!page.contains("4999"))
    }

    @Test func sessionNumbersAreBounded() {
        #expect(SeriesReader.plausible(14) == 14)
        #expect(SeriesReader.plausible(0) == nil)
        #expect(SeriesReader.plausible(501) == nil)
    }

    /// Found by scripts/fuzz (FuzzExtractor): a party role or honorific, then an organisation
    /// with a bracketed abbreviation, and no office to attach it to, indexed an empty title list.
    @Test func anOrganisationAfterAPartyRoleWithNoOffice() {
        for lead in ["Ủy viên Bộ Chính trị Hội đồng Hợp tác (SCO) Nguyễn Văn An", "Ngài Hội đồng Hợp tác (SCO) Nguyễn Văn An"] {
            let article = TestSupport.extract("""
            Hội đàm Việt Nam - Trung Quốc
            Ngày 1/9/2025, tại Bắc Kinh, \(lead) hội đàm với Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.
            """)
            let primary = article.events.first { $0.primary }
            #expect(primary?.date.start == "2025-09-01")
            #expect(primary?.participants.contains { $0.name == "Vương Nghị" } == true)
        }
    }

    /// Found by scripts/fuzz (FuzzFrontMatter): a front-matter key that is not text ("? [a, b]")
    /// crashed inside the YAML library's conversion to Swift values.
    @Test func aFrontMatterKeyThatIsNotText() throws {
        for yaml in ["date:\n?\n-\n", "? [a, b]\n: c\ntitle: x\n", "title: x\n? {k: v}\n: y\n"] {
            let result = try ContentLoader(source: MemoryContentSource(texts: ["bad.md": "---\n\(yaml)---\nNội dung.\n", "ok.txt": "Được."])).load()
            #expect(result.documents.map(\.path) == ["ok.txt"])
            #expect(result.diagnostics.map(\.description).contains { $0.hasPrefix("error: bad.md:") && $0.contains("front matter keys must be plain words") })
        }
    }

    /// The front matter's date is the day as written, whatever time zone a timestamp carries.
    @Test func aFrontMatterTimestampKeepsItsWrittenDay() throws {
        let result = try ContentLoader(source: MemoryContentSource(texts: ["a.md": "---\ndate: 2024-06-20T23:30:00-05:00\n---\nNội dung.\n"])).load()
        #expect(result.documents.first?.frontMatter.published == "2024-06-20")
    }
}
