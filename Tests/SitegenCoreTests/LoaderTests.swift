import Foundation
import Testing
@testable import SitegenCore

@Suite struct LoaderTests {
    func load(_ files: [String: Data]) throws -> (documents: [SourceDocument], diagnostics: [Diagnostic]) {
        try ContentLoader(source: MemoryContentSource(files: files)).load()
    }

    @Test func readsTextAndMarkdownWithFrontMatter() throws {
        let result = try load([
            "b.md": Data("---\ntitle: Bài B\ndate: 2023-09-11\n---\n# Bài B\n\nNội dung.\n".utf8),
            "a.txt": Data("Tiêu đề\nNội dung bài.".utf8),
            "notes.json": Data("{}".utf8),
        ])
        #expect(result.documents.map(\.path) == ["a.txt", "b.md"])
        #expect(result.documents[1].format == .markdown)
        #expect(result.documents[1].frontMatter.title == "Bài B")
        #expect(result.documents[1].frontMatter.published == "2023-09-11")
        #expect(result.documents[1].bodyStartLine == 5)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func malformedFrontMatterNamesFileAndLineAndBuildGoesOn() throws {
        let result = try load([
            "bad.md": Data("---\ntitle: [unclosed\ndate: 2020-01-01\n---\nText\n".utf8),
            "good.txt": Data("Một bài báo bình thường.".utf8),
        ])
        #expect(result.documents.map(\.path) == ["good.txt"])
        let error = try #require(result.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.file == "bad.md")
        #expect(error.line != nil)
    }

    @Test func decodesBOMAndCRLFAndUTF16() throws {
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("Xin chào\r\nViệt Nam".data(using: .utf16LittleEndian)!)
        let result = try load([
            "bom.txt": Data([0xEF, 0xBB, 0xBF] + Array("Dòng một\r\nDòng hai\r\n".utf8)),
            "u16.txt": utf16,
        ])
        #expect(result.documents.first { $0.path == "bom.txt" }?.body == "Dòng một\nDòng hai\n")
        #expect(result.documents.first { $0.path == "u16.txt" }?.body == "Xin chào\nViệt Nam")
    }

    @Test func invalidUTF8IsReportedNotFatal() throws {
        let result = try load(["broken.txt": Data([0x41, 0xFF, 0xFE, 0x00, 0x42]), "ok.txt": Data("Được.".utf8)])
        #expect(result.documents.map(\.path) == ["ok.txt"])
        #expect(result.diagnostics.contains { $0.file == "broken.txt" && $0.severity == .error })
    }

    @Test func frontMatterWithWrongTypesWarns() throws {
        let result = try load(["x.md": Data("---\ntitle: [1, 2]\ndate: hôm qua\n---\nNội dung.\n".utf8)])
        #expect(result.documents.count == 1)
        #expect(result.diagnostics.filter { $0.severity == .warning }.count == 2)
    }
}

/// The front matter's end is found without splitting the whole file into lines; the answer must
/// be what splitting it at "\n" characters gives.
@Suite struct FrontMatterSplitTests {
    static func reference(_ text: String) -> (yaml: String, body: String, line: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else { return nil }
        return (lines[1..<closing].joined(separator: "\n"), lines[(closing + 1)...].joined(separator: "\n"), closing)
    }

    static func check(_ text: String) {
        let found = FrontMatterParser.closingLine(in: text).map { (String($0.yaml), String($0.body), $0.line) }
        let expected = reference(text)
        #expect(found?.0 == expected?.yaml && found?.1 == expected?.body && found?.2 == expected?.line, "\(text.debugDescription)")
    }

    @Test func findsTheClosingLineAsSplittingIntoLinesWould() {
        for text in ["---\n---\n", "---\n---", "---\na: 1\n---\nbody\nmore", "---\na\n...\n", "---\n\n---\n\n", "---\né\n---\nthân",
                     "---\na\n", "---\na\n--- \nb", "---\na\n---\u{301}\nb\n---\nc", "---\na\r\n---\nb", "---\na\n---\r\nb\n...\nc",
                     "---\n\r\n---\n", "---\n---\n---\n", "---\na\n----\n", "---\n..\n...", "---\ntitle: \"x\"\n---\n\n# Tiêu đề\n\nThân bài."] {
            Self.check(text)
        }
    }

    @Test func agreesOnRandomText() {
        let pieces = ["-", "-", ".", "\n", "\n", "\r", "a", "é", "\u{301}", " ", "---", "...", "\r\n"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            var text = "---\n"
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 60) + 2 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            Self.check(text)
        }
    }
}

@Suite struct BadInputTests {
    func build(_ files: [String: String], raw: [String: Data] = [:]) throws -> (SiteBuilder.Summary, URL) {
        let root = try TestSupport.temporaryDirectory()
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        for (name, data) in raw { try data.write(to: content.appendingPathComponent(name)) }
        let summary = try SiteBuilder(configuration: .init(content: content, templates: TestSupport.templatesDir, data: TestSupport.dataDir,
                                                           output: root.appendingPathComponent("site"))).build()
        return (summary, root)
    }

    @Test func emptyBinaryAndBoilerplateOnlyFilesAreReportedAndTheBuildGoesOn() throws {
        let (summary, root) = try build([
            "empty.txt": "",
            "boilerplate.txt": "Chia sẻ\nPhản hồi\n* Vui lòng nhập bình luận tiếng Việt có dấu\n",
            "good.txt": try TestSupport.seed("002_bbfadb0087711f81.txt"),
        ], raw: ["binary.txt": Data([0x00, 0xFF, 0x10, 0x00, 0x89, 0x50, 0x4E, 0x47])])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(summary.diagnostics.contains { $0.file == "empty.txt" })
        #expect(summary.diagnostics.contains { $0.file == "binary.txt" && $0.severity == .error })
        #expect(summary.diagnostics.contains { $0.file == "boilerplate.txt" })
        #expect(summary.events >= 1, "the good article still builds")
    }

    @Test func twoFilesWithTheSameIDGetDistinctPages() throws {
        let text = try TestSupport.seed("002_bbfadb0087711f81.txt")
        let (summary, root) = try build(["a.txt": "---\nid: same\n---\n" + text, "b.md": "---\nid: same\n---\n" + text])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(summary.articles == 2)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/articles/same/index.html").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/articles/same-2/index.html").path))
    }

    @Test func aMissingPartialNamesTheTemplateAndLine() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try "{{> header}}\n<p>x</p>\n{{> no_such_partial}}\n".write(to: root.appendingPathComponent("topic.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: SitegenError.template(file: root.appendingPathComponent("topic.mustache").path, line: 3, message: "partial \"no_such_partial\" does not exist")) {
            _ = try TemplateSet(directory: root)
        }
    }
}
