import Foundation
import Testing
@testable import SitegenCore

/// Articles the extractor cannot place on the timeline (no date, no partner, a partner that is no
/// known country) are each reported by name while the rest of the build goes on.
@Suite struct ArticleWarningTests {
    static let articles = [
        "no-date.txt": """
        Đối thoại chiến lược Việt Nam - Anh
        Tại London, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ và Quốc vụ khanh Bộ Ngoại giao Anh John Smith đồng chủ trì Đối thoại chiến lược Việt Nam - Anh.
        """,
        "no-partner.txt": """
        Hội nghị Ngoại vụ toàn quốc
        Ngày 12/3/2024, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 21.
        """,
        "unknown-country.txt": """
        Đối thoại chiến lược Việt Nam - Wakanda lần thứ 3
        Ngày 5/6/2024, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ và Thứ trưởng Ngoại giao Wakanda T'Challa đồng chủ trì Đối thoại chiến lược Việt Nam - Wakanda lần thứ 3.
        """,
    ]

    func build() throws -> SiteBuilder.Summary {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for (name, text) in Self.articles { try text.write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try TestSupport.seed("002_bbfadb0087711f81.txt").write(to: content.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        return try SiteBuilder(configuration: .init(content: content, templates: TestSupport.templatesDir, data: TestSupport.dataDir,
                                                    output: root.appendingPathComponent("site"))).build()
    }

    @Test func eachProblemArticleIsNamedAndTheGoodOneStillBuilds() throws {
        let summary = try build()
        func warnings(_ file: String) -> [String] {
            summary.diagnostics.filter { $0.file == file && $0.severity == .warning }.map(\.message)
        }
        #expect(warnings("no-date.txt").contains { $0.contains("date of the main event could not be established") })
        #expect(warnings("no-partner.txt").contains { $0.contains("no partner country found") })
        #expect(warnings("unknown-country.txt").contains { $0.contains("\"Wakanda\"") && $0.contains("countries.yaml") })
        #expect(warnings("good.txt").isEmpty)
        #expect(summary.warnings == summary.diagnostics.count, "the summary counts every warning")
        #expect(summary.articles == 4, "articles with warnings still get their pages")
        #expect(summary.events >= 1)
    }
}
