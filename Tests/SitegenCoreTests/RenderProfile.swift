import Foundation
import Testing
@testable import SitegenCore

/// Where render time goes, page kind by kind: a measuring tool, not a test. Runs only when
/// SITEGEN_PROFILE names a content folder:
/// `SITEGEN_PROFILE=/tmp/corpus swift test -c release -Xswiftc -enable-testing --filter RenderProfile`
@Suite struct RenderProfile {
    @Test func profileRender() throws {
        guard let corpus = ProcessInfo.processInfo.environment["SITEGEN_PROFILE"] else { return }
        let dir = URL(fileURLWithPath: corpus)
        let docs = try ContentLoader(source: DiskContentSource(root: dir)).load().documents
        let extracted = docs.map { TestSupport.extractor.extract(TestSupport.cleaner.clean($0)) }
        let timeline = Merger.merge(extracted)
        let templates = try TemplateSet(directory: TestSupport.templatesDir)
        let t = try Translations.load(from: TestSupport.dataDir, language: "vi")
        let ctx = PageContext(knowledge: TestSupport.knowledge, t: t, basisWording: .identity, titleWording: .identity,
                              site: ["title": "x", "base": "/", "lang": "vi", "search": false], articleTitles: [:])
        let clock = ContinuousClock()
        var times: [String: Duration] = [:]
        func time<T>(_ k: String, _ f: () -> T) -> T { let s = clock.now; let r = f(); times[k, default: .zero] += clock.now - s; return r }
        for a in timeline.articles {
            let html = time("cmark") { Markdown.html(a.article.markdown) }
            _ = time("anchors") { Markdown.anchorSentences(Markdown.demoteHeadings(html), sentences: a.article.sentences) }
            let c = time("article-context") { ctx.page(a.displayTitle, ["article": ["title": a.displayTitle, "body_html": html, "events": a.events.map(ctx.summary)]]) }
            _ = time("article-mustache") { templates.render("article", c) }
        }
        for e in timeline.events {
            let c = time("event-context") { ctx.page(e.title, ["event": ctx.detail(e), "related": timeline.events.prefix(8).map(ctx.summary)]) }
            _ = time("event-mustache") { templates.render("event", c) }
        }
        for (k, v) in times.sorted(by: { $0.value > $1.value }) { print("PROFILE \(k): \(v)") }
        print("PROFILE counts: \(timeline.articles.count) articles, \(timeline.events.count) events")
    }
}
