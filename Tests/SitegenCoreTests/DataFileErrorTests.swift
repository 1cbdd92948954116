import Foundation
import Testing
@testable import SitegenCore

/// A broken data file stops the build with an error naming the file, the entry and its line, never
/// a crash. Each case copies data/ aside, breaks one file and builds the seeds in English, which
/// reads every data file.
@Suite struct DataFileErrorTests {
    struct Breakage: Sendable, CustomTestStringConvertible {
        var file: String
        /// Text replaced in the file; empty appends `replacement` at the end.
        var find: String
        var replacement: String
        /// The error's line is the first line of the broken file that starts with this.
        var marker: String
        /// Words the message must contain.
        var expected: [String]
        var testDescription: String { "\(file): \(expected.joined(separator: " … "))" }
    }

    static let files = ["countries.yaml", "places.yaml", "topics.yaml", "kinds.yaml", "series.yaml", "titles.yaml", "relations.yaml",
                        "language.yaml", "cleaning.yaml", "translations.yaml", "basis-en.yaml", "titles-en.yaml"]

    static let wrongShapes = [
        Breakage(file: "countries.yaml", find: "  name_en: United Kingdom\n", replacement: "", marker: "- code: GB",
                 expected: ["(GB)", "missing key \"name_en\""]),
        Breakage(file: "places.yaml", find: "- city: London\n  country: GB", replacement: "- city: London\n  country: [GB]", marker: "  country: [GB]",
                 expected: ["entry 85 (London) → country", "expected a single value, found a list"]),
        Breakage(file: "topics.yaml", find: "  label_en: Security and law enforcement\n", replacement: "", marker: "- id: security",
                 expected: ["entry 2 (security)", "missing key \"label_en\""]),
        Breakage(file: "kinds.yaml", find: "  cues: [điện đàm, điện thoại với, cuộc gọi]", replacement: "  cues: điện đàm", marker: "  cues: điện đàm",
                 expected: ["entry 1 (phone-call) → cues", "expected a list, found \"điện đàm\""]),
        Breakage(file: "series.yaml", find: "- id: defence-policy-dialogue\n", replacement: "- ids: defence-policy-dialogue\n",
                 marker: "- ids: defence-policy-dialogue", expected: ["entry 3", "missing key \"id\""]),
        Breakage(file: "titles.yaml", find: "\noffices:\n", replacement: "\noffice:\n", marker: "office:", expected: ["missing key \"offices\""]),
        Breakage(file: "relations.yaml", find: "- country: GB\n", replacement: "- country: XX\n", marker: "- country: XX",
                 expected: ["(XX)", "unknown country XX"]),
        Breakage(file: "language.yaml", find: "  một: 1\n", replacement: "  một: one\n", marker: "  một: one",
                 expected: ["number_words → một", "expected a whole number, found \"one\""]),
        Breakage(file: "cleaning.yaml", find: "agencies: [", replacement: "agencies: 12\nagencies_old: [", marker: "agencies: 12",
                 expected: ["agencies: expected a list, found \"12\""]),
        Breakage(file: "translations.yaml", find: "  skip_to_content: \"Skip to main content\"\n", replacement: "", marker: "en:",
                 expected: ["en: key \"skip_to_content\" is in \"vi\" but missing from \"en\""]),
        Breakage(file: "basis-en.yaml", find: "- {vi: \"bài chỉ ghi\",", replacement: "- {vi: \"bài chỉ (ghi\",", marker: "- {vi: \"bài chỉ (ghi\"",
                 expected: ["entry 1", "is not a valid pattern"]),
        Breakage(file: "titles-en.yaml", find: "- {vi: \"Thứ trưởng Thường trực\", en: \"Permanent Deputy Minister\"}",
                 replacement: "- {vi: \"Thứ trưởng Thường trực\"}", marker: "- {vi: \"Thứ trưởng Thường trực\"}",
                 expected: ["entry 2 (Thứ trưởng Thường trực)", "missing key \"en\""]),
        // Checks across entries and files, beyond the shape of one entry.
        Breakage(file: "series.yaml", find: "", replacement: "- id: copy\n  name: Bản sao\n  cues: [đối thoại chính sách quốc phòng]\n",
                 marker: "- id: copy", expected: ["(copy)", "cue \"đối thoại chính sách quốc phòng\" is given to both defence-policy-dialogue and copy"]),
        Breakage(file: "topics.yaml", find: "- id: security\n", replacement: "- id: ../security\n", marker: "- id: ../security",
                 expected: ["id \"../security\" must be lowercase"]),
        Breakage(file: "countries.yaml", find: "- code: GB\n", replacement: "- code: VN\n", marker: "- code: VN\n  name: Anh",
                 expected: ["code \"VN\" is already used by entry 1"]),
    ]

    /// A line no YAML reader accepts ("@" cannot start a token), put before the file's last top-level line.
    static let syntaxErrors = files.map { Breakage(file: $0, find: "@", replacement: "@oops: x\n", marker: "@oops", expected: ["YAML syntax error"]) }

    func buildError(_ breakage: Breakage) throws -> (error: SitegenError, file: URL, expectedLine: Int) {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        try FileManager.default.copyItem(at: TestSupport.dataDir, to: data)
        let file = data.appendingPathComponent(breakage.file)
        var text = try String(contentsOf: file, encoding: .utf8)
        if breakage.find == "@" {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let last = try #require(lines.lastIndex { $0.first.map { !$0.isWhitespace && $0 != "#" } ?? false })
            text = (lines[..<last] + [Substring(breakage.replacement.dropLast())] + lines[last...]).joined(separator: "\n")
        } else if breakage.find.isEmpty {
            text += breakage.replacement
        } else {
            #expect(text.contains(breakage.find), "the breakage no longer matches \(breakage.file)")
            text = text.replacingOccurrences(of: breakage.find, with: breakage.replacement)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let markerOffset = try #require(text.range(of: breakage.marker), "marker missing")
        let expectedLine = text[..<markerOffset.lowerBound].count(where: { $0 == "\n" }) + 1
        do {
            _ = try SiteBuilder(configuration: .init(content: TestSupport.seedsDir, templates: TestSupport.templatesDir, data: data,
                                                     output: root.appendingPathComponent("site"), render: .init(language: "en"))).build()
        } catch let error as SitegenError {
            return (error, file, expectedLine)
        }
        Issue.record("the build went on with a broken \(breakage.file)")
        throw CancellationError()
    }

    @Test(arguments: wrongShapes)
    func wrongShapeNamesFileEntryAndLine(_ breakage: Breakage) throws {
        let (error, file, line) = try buildError(breakage)
        guard case .dataFile(let path, let reported, let message) = error else { Issue.record("not a data file error: \(error)"); return }
        #expect(path == file.path)
        #expect(reported == line)
        for words in breakage.expected { #expect(message.contains(words), "\(message)") }
    }

    @Test(arguments: syntaxErrors)
    func yamlSyntaxErrorNamesFileAndLine(_ breakage: Breakage) throws {
        let (error, file, line) = try buildError(breakage)
        #expect(error == .dataFile(file: file.path, line: line, message: "YAML syntax error: found character that cannot start any token"))
    }

    @Test func aMissingDataFileIsNamed() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        try FileManager.default.copyItem(at: TestSupport.dataDir, to: data)
        try FileManager.default.removeItem(at: data.appendingPathComponent("kinds.yaml"))
        #expect(throws: SitegenError.self) { _ = try Knowledge.load(from: data) }
        do { _ = try Knowledge.load(from: data) } catch {
            #expect("\(error)".hasPrefix(data.appendingPathComponent("kinds.yaml").path + ": cannot read the file"))
        }
    }
}
