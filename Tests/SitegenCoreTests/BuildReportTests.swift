import Foundation
import Testing
@testable import SitegenCore

/// The report after a build: what was read and made by kind, time per stage and per template, and
/// the progress a long build reports as it goes.
@Suite struct BuildReportTests {
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [BuildProgress] = []
        func add(_ p: BuildProgress) { lock.lock(); items.append(p); lock.unlock() }
        var all: [BuildProgress] { lock.lock(); defer { lock.unlock() }; return items }
    }

    @Test func reportCountsEventsAndPagesByKindAndTimesTemplates() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let recorder = Recorder()
        var configuration = SiteBuilder.Configuration(content: TestSupport.seedsDir, templates: TestSupport.templatesDir,
                                                      data: TestSupport.dataDir, output: root.appendingPathComponent("public"),
                                                      cache: root.appendingPathComponent("cache"))
        configuration.progress = { recorder.add($0) }
        let summary = try SiteBuilder(configuration: configuration).build()

        #expect(summary.eventsByKind.values.reduce(0, +) == summary.events)
        #expect(summary.eventsByKind["dialogue", default: 0] >= 3)
        #expect(summary.pagesByKind.values.reduce(0, +) == summary.pages)
        #expect(summary.pagesByKind["event"] == summary.events, "one page per event")
        #expect(summary.pagesByKind["article"] == summary.articles)
        #expect(Set(summary.templateSeconds.keys).isSuperset(of: ["event", "article", "country", "index"]))

        let lines = BuildSummaryReport.lines(summary, verbose: true)
        #expect(lines.contains { $0.hasPrefix("  events: ") && $0.contains("dialogue \(summary.eventsByKind["dialogue"]!)") })
        #expect(lines.contains { $0.hasPrefix("  pages:  ") && $0.contains("event \(summary.events)") && $0.contains("ms per page") })
        #expect(lines.contains { $0.hasPrefix("  stages: ") && $0.contains("extract") && $0.contains("render+write") })
        #expect(lines.contains { $0.contains("templates (") && $0.contains("event ") })
        #expect(!BuildSummaryReport.lines(summary).contains { $0.contains("templates (") }, "per-template times only when verbose")
        #expect(summary.peakMemory.map(\.stage).contains("render+write") && summary.peakMemory.allSatisfy { $0.mebibytes > 0 })
        #expect(lines.contains { $0.hasPrefix("  peak memory after each stage: ") })

        let stages = recorder.all.filter { $0.total == 0 }.map(\.stage)
        #expect(stages.starts(with: ["data", "templates"]) && stages.contains("extract") && stages.last == "publish")
        let pages = recorder.all.filter { $0.total > 0 }
        #expect(pages.last.map { $0.done == $0.total && $0.total == summary.pages - 1 } == true, "every page (404 aside) counted")

        // An up-to-date rebuild reports the same counts without rendering anything.
        let again = try SiteBuilder(configuration: configuration).build()
        #expect(again.upToDate && again.eventsByKind == summary.eventsByKind && again.pagesByKind == summary.pagesByKind)
        #expect(again.templateSeconds.isEmpty)
    }
}
