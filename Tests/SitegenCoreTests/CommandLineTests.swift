import Foundation
import Testing
@testable import SitegenCore

/// What the sitegen command tells a newsroom's CI: warnings and errors on stderr with their files,
/// and an exit code that fails on errors, and on warnings too under --strict.
@Suite struct CommandLineTests {
    func content(_ files: [String: Data]) throws -> URL {
        let folder = try TestSupport.temporaryDirectory()
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    func sitegen(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.run(TestSupport.sitegenExecutable(), ["build", "--templates", TestSupport.templatesDir.path, "--no-search"] + arguments)
    }

    @Test func warningsFailTheBuildOnlyUnderStrict() throws {
        let folder = try content(["good.txt": Data(try TestSupport.seed("002_bbfadb0087711f81.txt").utf8),
                                  "no-partner.txt": Data("Hội nghị Ngoại vụ\nNgày 12/3/2024, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ lần thứ 21.\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-site")
        defer { try? FileManager.default.removeItem(at: output) }
        let arguments = ["--content", folder.path, "--data", TestSupport.dataDir.path, "--output", output.path]

        let lenient = try sitegen(arguments)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: no-partner.txt: no partner country found"))
        #expect(lenient.stdout.contains("1 warnings, 0 errors"))

        let strict = try sitegen(arguments + ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("(--strict)"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/good/index.html").path), "the site is still written")
    }

    @Test func aSkippedFileIsAnErrorAndFailsTheBuild() throws {
        let folder = try content(["good.txt": Data(try TestSupport.seed("002_bbfadb0087711f81.txt").utf8),
                                  "binary.txt": Data([0x00, 0xFF, 0x10, 0x00])])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-site")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try sitegen(["--content", folder.path, "--data", TestSupport.dataDir.path, "--output", output.path, "--max-file-size", "0.004"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: binary.txt: not valid UTF-8"))
        #expect(result.stderr.contains("error: good.txt: the file is 5.6 KB, over the 4.1 KB limit"))
    }

    @Test func aBrokenDataFileStopsTheBuildNamingFileAndLine() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        try FileManager.default.copyItem(at: TestSupport.dataDir, to: data)
        let kinds = data.appendingPathComponent("kinds.yaml")
        try (try String(contentsOf: kinds, encoding: .utf8) + "- id: broken\n  label_vi: [\n").write(to: kinds, atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("site")
        let result = try sitegen(["--content", TestSupport.seedsDir.path, "--data", data.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(kinds.path):"))
        #expect(result.stderr.contains("YAML syntax error"))
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written")
    }
}
