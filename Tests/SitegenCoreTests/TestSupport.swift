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

    /// The built `sitegen` command, beside the test bundle in the same build folder (whatever the
    /// scratch path or sanitizer).
    static func sitegenExecutable() throws -> URL {
        var candidates: [URL] = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        for folder in candidates {
            var dir = folder.standardizedFileURL
            for _ in 0..<3 {
                let binary = dir.appendingPathComponent("sitegen")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw SitegenError.content(path: candidates.map(\.path).joined(separator: ", "), message: "the sitegen executable was not found; build it first")
    }

    /// Runs a command with extra environment variables; output goes through files so a chatty
    /// command cannot fill a pipe and hang.
    static func run(_ executable: URL, _ arguments: [String], environment extra: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String) {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    /// Relative paths of every regular file under `root`, sorted.
    static func files(under root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        let prefix = root.standardizedFileURL.path + "/"
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        }
        return paths.sorted()
    }
}
