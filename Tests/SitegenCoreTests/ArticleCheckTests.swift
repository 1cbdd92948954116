import Foundation
import Testing
@testable import SitegenCore

/// `sitegen check`: what the table lists for real articles, and when `--strict` fails.
@Suite struct ArticleCheckTests {
    /// An article about a partner the data files do not know: no partner, and its official's country unknown.
    static let unknownPartner = """
        ---
        title: Đối thoại Chính trị Việt Nam - Wakanda lần thứ 2
        published: 2024-03-13
        ---
        Ngày 12/3, tại Hà Nội, Thứ trưởng Ngoại giao Nguyễn Minh Vũ và Thứ trưởng Ngoại giao Okoye Udaku đã đồng chủ trì Đối thoại Chính trị Việt Nam - Wakanda lần thứ 2.

        Hai bên trao đổi về hợp tác kinh tế, thương mại và đầu tư.
        """

    /// A dialogue whose text gives no date at all.
    static let undated = """
        Đối thoại Chiến lược Việt Nam - Nhật Bản lần thứ 9

        Tại Tokyo, Thứ trưởng Ngoại giao Nguyễn Minh Vũ và Thứ trưởng Ngoại giao Nhật Bản Masataka Okano đã đồng chủ trì Đối thoại Chiến lược Việt Nam - Nhật Bản lần thứ 9.
        """

    func check(_ texts: [String: String]) throws -> ArticleCheck {
        try ArticleCheck.run(source: MemoryContentSource(texts: texts), knowledge: TestSupport.knowledge)
    }

    @Test func aSeedWithAnInferredDateIsListedWithItsBasis() throws {
        let check = try ArticleCheck.run(content: TestSupport.seedsDir, data: TestSupport.dataDir)
        let row = try #require(check.rows.first { $0.file == "002_bbfadb0087711f81.txt" && $0.anchor == "s1" })
        #expect(row.kind == "dialogue" && row.date == "2025-12-18")
        #expect(row.item == .inferredDate && row.state == .unsure)
        #expect(row.detail.contains("“Ngày 18/12” cho ngày và tháng"))
        #expect(Set(check.rows.map(\.file)).count == 5, "every article has a row")
        #expect(check.rows.contains { $0.item == .ok && $0.state == .ok }, "an event with nothing to say still has its row")

        // The table: the CHECK column starts at the same place on every line, whatever the file and event widths.
        let lines = check.table().split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        let column = header.distance(from: header.startIndex, to: try #require(header.range(of: "CHECK")).lowerBound)
        let inferred = lines.filter { $0.contains(" inferred date ") }
        #expect(inferred.count == check.rows.filter { $0.item == .inferredDate }.count)
        for line in inferred {
            #expect(line.distance(from: line.startIndex, to: line.range(of: "inferred date")!.lowerBound) == column, "misaligned: \(line)")
        }
        #expect(lines.contains { $0.hasPrefix("002_bbfadb0087711f81.txt  s1 dialogue 2025-12-18") })
        #expect(lines.last == check.summary)
    }

    @Test func anArticleAboutAnUnknownCountryIsListedWithWhatIsMissing() throws {
        let check = try check(["wakanda.txt": Self.unknownPartner, Self.seed: try TestSupport.seed(Self.seed)])
        let rows = check.rows.filter { $0.file == "wakanda.txt" }
        #expect(rows.contains { $0.item == .noPartner && $0.state == .unsure })
        let person = try #require(rows.first { $0.item == .unknownCountry })
        #expect(person.detail == "Thứ trưởng Ngoại giao Okoye Udaku")
        #expect(!check.rows.contains { $0.file == Self.seed && [.noPartner, .unknownCountry].contains($0.item) })
        #expect(check.table().contains("unknown country"))
    }

    static let seed = "003_174f8e15c817e857.txt"

    @Test func strictFailsWhileSomethingIsUnresolvedAndACorrectionResolvesIt() throws {
        let before = try check(["dialogue.txt": Self.undated])
        #expect(before.rows.map(\.item) == [.noDate])
        #expect(before.unresolved == 1)
        #expect(before.fails(strict: true))
        #expect(!before.fails(strict: false), "without --strict the check only informs")

        let after = try check(["dialogue.txt": "---\ncorrect:\n  date: 2024-06-20\n---\n" + Self.undated])
        #expect(after.rows.map(\.item) == [.edited])
        #expect(after.rows.first?.detail == "date (line 3)")
        #expect(after.unresolved == 0)
        #expect(!after.fails(strict: true))
    }

    @Test func sourcesDisagreeingOnAnEditedFieldCountAsResolved() throws {
        let fourteenth = try TestSupport.seed("002_bbfadb0087711f81.txt")
        let check = try check(["a.txt": fourteenth, "b.txt": "---\ncorrect:\n  session: 14\n  date: 2025-12-17\n---\n" + fourteenth])
        let conflict = try #require(check.rows.first { $0.item == .conflictingSources })
        #expect(conflict.detail == "date: 2025-12-18 in a.txt")
        #expect(conflict.state == .edited)
        #expect(!check.rows.contains { $0.anchor == "s1" && $0.item == .inferredDate }, "the edited date is no longer inferred for either article")
        #expect(check.rows.first { $0.file == "b.txt" && $0.item == .edited }?.detail == "date (line 4), mechanism (line 3)")
        #expect(check.rows.first { $0.file == "a.txt" && $0.item == .edited }?.detail == "date (b.txt line 4), mechanism (b.txt line 3)",
                "the event a.txt reports was settled in b.txt")
    }

    @Test func aBadCorrectionIsAnUnresolvedProblemWithItsLine() throws {
        let lonely = try check(["y.txt": "---\ncorrect:\n  place: Hà Nội\n---\n" + Self.undated])
        #expect(lonely.rows.contains { $0.item == .problem && $0.detail.hasPrefix("error: line 2: correct: the article has no main event") })
        let check = try check(["x.txt": Self.unknownPartner.replacingOccurrences(of: "published: 2024-03-13\n", with: "published: 2024-03-13\ncorrect:\n  topics: [weather]\n")])
        let problem = try #require(check.rows.first { $0.item == .problem })
        #expect(problem.detail.hasPrefix("error: line 5: unknown topic \"weather\""))
        #expect(check.fails(strict: true))
    }

    @Test func jsonCarriesTheSameRows() throws {
        let check = try check(["wakanda.txt": Self.unknownPartner])
        let json = try #require(try JSONSerialization.jsonObject(with: check.json()) as? [String: Any])
        #expect(json["unresolved"] as? Int == check.unresolved)
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["check"] as? String } == check.rows.map(\.item.rawValue))
    }
}
