import Foundation
@testable import SitegenCore

enum TestSupport {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDir = repoRoot.appendingPathComponent("data")
    static let seedsDir = repoRoot.appendingPathComponent("seeds")
    /// The built-in theme's files (templates/ at the top of the project links here).
    static let templatesDir = repoRoot.appendingPathComponent("Sources/SitegenCore/Resources/templates")
    static let fixtures = repoRoot.appendingPathComponent("Tests/SitegenCoreTests/Fixtures")

    static let knowledge: Knowledge = {
        do { return try Knowledge.load(from: dataDir) } catch { fatalError("data files do not load: \(error)") }
    }()

    static let extractor = Extractor(knowledge: knowledge)
    static let cleaner = Cleaner(rules: knowledge.cleaning)

    static func document(_ text: String, path: String = "test.txt") -> SourceDocument {
        guard case .success(let parsed) = FrontMatterParser.split(text) else { fatalError("bad front matter in test") }
        return SourceDocument(path: path, format: path.hasSuffix(".md") ? .markdown : .text, frontMatter: parsed.frontMatter,
                              body: parsed.body, bodyStartLine: parsed.bodyStartLine)
    }

    static func clean(_ text: String, path: String = "test.txt") -> CleanArticle { cleaner.clean(document(text, path: path)) }

    static func extract(_ text: String, path: String = "test.txt") -> ExtractedArticle { extractor.extract(clean(text, path: path)) }

    static func seed(_ name: String) throws -> String {
        try String(contentsOf: seedsDir.appendingPathComponent(name), encoding: .utf8)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
