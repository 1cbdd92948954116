import Foundation

/// Static search with Pagefind, when it is installed (the `pagefind` command, or PyPI's
/// `pagefind-bin`). It indexes the finished site before it is swapped into place; without it the
/// site still works, just without search.
public enum SearchIndexer {
    /// The command that runs Pagefind, or nil when it is not installed.
    public static func locate() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        for dir in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("pagefind")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        // pagefind-bin from PyPI ships the binary inside its Python package.
        guard let output = run(URL(fileURLWithPath: "/usr/bin/env"),
                               ["python3", "-c", "import os, pagefind_bin; print(os.path.dirname(pagefind_bin.__file__))"]),
              output.status == 0 else { return nil }
        let dir = output.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let binary = URL(fileURLWithPath: dir).appendingPathComponent("pagefind")
        return FileManager.default.isExecutableFile(atPath: binary.path) ? binary : nil
    }

    /// Indexes `site`; a failure is a warning, never a failed build.
    public static func index(site: URL, pagefind: URL) -> Diagnostic? {
        guard let result = run(pagefind, ["--site", site.path, "--output-subdir", "pagefind", "--quiet"]) else {
            return Diagnostic(.warning, file: pagefind.path, "could not start Pagefind; the site has no search index")
        }
        if result.status != 0 {
            return Diagnostic(.warning, file: pagefind.path, "Pagefind failed (exit \(result.status)): \(result.text.prefix(300))")
        }
        return nil
    }

    static func run(_ executable: URL, _ arguments: [String]) -> (status: Int32, text: String)? {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
