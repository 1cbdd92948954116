import Foundation
import Testing
@testable import SitegenCore

/// A file of many megabytes in the content folder (a scraper dump, a mistake) is skipped unread with
/// an error naming it, and the other articles still make the site.
@Suite struct OversizedFileTests {
    @Test func aFiftyMegabyteArticleIsSkippedAndTheRestOfTheSiteBuilds() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestSupport.seedsDir, to: content)
        // Real article text repeated, so only the size makes it unusable.
        let article = Data(try TestSupport.seed("002_bbfadb0087711f81.txt").utf8)
        var big = Data(capacity: 50 * 1_048_576 + article.count)
        while big.count < 50 * 1_048_576 { big.append(article) }
        try big.write(to: content.appendingPathComponent("huge.txt"))

        let summary = try SiteBuilder(configuration: .init(content: content, templates: TestSupport.templatesDir, data: TestSupport.dataDir,
                                                           output: root.appendingPathComponent("site"))).build()
        let problem = try #require(summary.diagnostics.first { $0.file == "huge.txt" })
        #expect(problem.severity == .error)
        #expect(problem.message.contains("50.0 MB"))
        #expect(problem.message.contains("--max-file-size"))
        #expect(summary.errors == 1)
        #expect(summary.articles == 5, "every seed article is still built")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site/articles/huge").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/articles/002-bbfadb0087711f81/index.html").path))
    }

    @Test func theLimitIsConfigurableAndCanBeLifted() throws {
        let small = Data("Bài ngắn.".utf8)
        let large = Data(String(repeating: "Một câu dài của bài báo. ", count: 100).utf8)
        let files = MemoryContentSource(files: ["small.txt": small, "large.txt": large])

        let limited = try ContentLoader(source: files, maxFileBytes: 1_000).load()
        #expect(limited.documents.map(\.path) == ["small.txt"])
        #expect(limited.diagnostics.map(\.file) == ["large.txt"])

        let unlimited = try ContentLoader(source: files, maxFileBytes: nil).load()
        #expect(unlimited.documents.map(\.path) == ["large.txt", "small.txt"])
        #expect(unlimited.diagnostics.isEmpty)
    }
}
