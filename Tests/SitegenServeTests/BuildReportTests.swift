import Testing
@testable import SitegenCore
@testable import SitegenServe

struct BuildReportTests {
    func summary(_ diagnostics: [Diagnostic]) -> SiteBuilder.Summary {
        SiteBuilder.Summary(articles: 5, events: 24, pages: 81, files: 103, diagnostics: diagnostics, stageSeconds: [], seconds: 0.5)
    }

    @Test func aCleanBuildPrintsItsLineAndClearsTheBanner() {
        let outcome = BuildRunner.Outcome.built(summary([]))
        #expect(BuildReport.terminalLines(outcome, reason: "start") == ["sitegen serve: built (start): 5 articles, 24 events, 81 pages (103 files) in 0.50 s; 0 warnings, 0 errors"])
        #expect(BuildReport.banner(outcome) == nil)
    }

    @Test func warningsPrintButOnlyErrorsReachTheBanner() {
        let outcome = BuildRunner.Outcome.built(summary([
            Diagnostic(.warning, file: "a.txt", "no date"),
            Diagnostic(.error, file: "b.txt", line: 1, "bad front matter"),
        ]))
        let lines = BuildReport.terminalLines(outcome, reason: "a.txt changed")
        #expect(lines.count == 3)
        #expect(lines[1] == "  warning: a.txt: no date")
        #expect(lines[2] == "  error: b.txt:1: bad front matter")
        let banner = BuildReport.banner(outcome)
        #expect(banner == "sitegen: the site was built with 1 error:\n\nerror: b.txt:1: bad front matter")
    }

    @Test func aFailureNamesTheFileAndSaysTheLastGoodSiteIsShown() {
        let outcome = BuildRunner.Outcome.failed("templates/index.mustache:3: expectedSectionEnd")
        #expect(BuildReport.terminalLines(outcome, reason: "index.mustache changed")
                == ["sitegen serve: build failed (index.mustache changed); still serving the last good site:",
                    "  error: templates/index.mustache:3: expectedSectionEnd"])
        let banner = BuildReport.banner(outcome) ?? ""
        #expect(banner.contains("last good build"))
        #expect(banner.contains("templates/index.mustache:3: expectedSectionEnd"))
    }
}
