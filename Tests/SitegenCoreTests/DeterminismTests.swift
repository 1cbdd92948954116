import Foundation
import Testing
@testable import SitegenCore

/// The same articles give the same site byte for byte, whatever order the files were created in,
/// the locale, the time zone, the number of worker threads and the process: each build runs the
/// sitegen command in a process of its own, so Swift's per-process hash seeds differ as well and
/// any output that follows dictionary order shows up here.
@Suite struct DeterminismTests {
    @Test func sameSiteWhateverFileOrderLocaleTimeZoneAndCores() throws {
        let sitegen = try TestSupport.sitegenExecutable()
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let articles = (try FileManager.default.contentsOfDirectory(at: TestSupport.seedsDir, includingPropertiesForKeys: nil)
            + FileManager.default.contentsOfDirectory(at: TestSupport.fixtures.appendingPathComponent("unseen"), includingPropertiesForKeys: nil))
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(articles.count > 30)
        let first = root.appendingPathComponent("content-1"), second = root.appendingPathComponent("content-2")
        for (folder, order) in [(first, articles), (second, articles.reversed())] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in order { try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent)) }
        }
        let settings: [(content: URL, output: URL, environment: [String: String])] = [
            (first, root.appendingPathComponent("site-1"),
             ["TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "SITEGEN_JOBS": "1"]),
            (second, root.appendingPathComponent("site-2"),
             ["TZ": "America/Adak", "LANG": "C", "LC_ALL": "C", "SITEGEN_JOBS": "7"]),
        ]
        for (content, output, environment) in settings {
            let result = try TestSupport.run(sitegen, ["build", "--content", content.path, "--data", TestSupport.dataDir.path,
                                                       "--templates", TestSupport.templatesDir.path, "--output", output.path,
                                                       "--site-url", "https://example.org", "--no-search"], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let one = root.appendingPathComponent("site-1"), two = root.appendingPathComponent("site-2")
        let files = TestSupport.files(under: one)
        #expect(files.count > 100)
        #expect(files == TestSupport.files(under: two))
        var differing: [String] = []
        for file in files where (try? Data(contentsOf: one.appendingPathComponent(file))) != (try? Data(contentsOf: two.appendingPathComponent(file))) {
            differing.append(file)
        }
        #expect(differing.isEmpty, "differ: \(differing.prefix(10))")
    }

    @Test func workerCountComesFromSITEGEN_JOBS() {
        #expect(ParallelMap.workers(environment: ["SITEGEN_JOBS": "3"], cores: 16) == 3)
        #expect(ParallelMap.workers(environment: ["SITEGEN_JOBS": "0"], cores: 16) == 16)
        #expect(ParallelMap.workers(environment: ["SITEGEN_JOBS": "many"], cores: 2) == 2)
        #expect(ParallelMap.workers(environment: [:], cores: 4) == 4)
        let squares = ParallelMap.map(Array(0..<1000), workers: 5) { $0 * $0 }
        #expect(squares == (0..<1000).map { $0 * $0 }, "results keep the input order")
    }
}
