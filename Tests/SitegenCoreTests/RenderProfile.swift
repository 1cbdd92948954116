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
        let clock = ContinuousClock()
        var times: [String: Duration] = [:]
        func time<T>(_ k: String, _ f: () -> T) -> T { let s = clock.now; let r = f(); times[k, default: .zero] += clock.now - s; return r }
        let cleaned = time("clean") { docs.map(TestSupport.cleaner.clean) }
        let lines = docs.flatMap { $0.body.split(separator: "\n").map(String.init) }
        _ = time("clean: boilerplate check") { lines.map(TestSupport.cleaner.isBoilerplate) }
        let repaired = time("clean: glued sentences") { lines.map(Cleaner.repairGluedSentences) }
        let split = time("clean: sentence split") { repaired.map(SentenceSplitter.split) }
        _ = time("clean: markdown escape") { split.map { $0.map(MarkdownText.escape) } }
        _ = time("clean: word count") { split.map { $0.map(VietnameseText.wordCount) } }
        let texts = time("extract: sentences, dates, countries") { cleaned.map { ArticleText(article: $0, countryReader: TestSupport.extractor.countryReader, cueReader: TestSupport.extractor.cueReader, seriesReader: TestSupport.extractor.seriesReader, anniversaryReader: TestSupport.extractor.dateResolver.anniversaries) } }
        _ = time("extract: tokenize only") { cleaned.map { a in a.sentences.map(TokenizedText.init) } }
        _ = time("extract: people") { texts.map { $0.tokenized.map(TestSupport.extractor.personReader.people) } }
        let extracted = time("extract: all") { cleaned.map(TestSupport.extractor.extract) }
        let timeline = Merger.merge(extracted)
        let templates = try TemplateSet(directory: TestSupport.templatesDir)
        let t = try Translations.load(from: TestSupport.dataDir, language: "vi")
        let ctx = PageContext(knowledge: TestSupport.knowledge, t: t, basisWording: .identity, titleWording: .identity,
                              site: ["title": "x", "base": "/", "lang": "vi", "search": false], articleTitles: [:])
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
        // Every page of the site by template: building its context, fingerprinting it, rendering it.
        let renderer = SiteRenderer(templates: templates, knowledge: TestSupport.knowledge, translations: t, options: .init())
        let (jobs, _) = renderer.pageJobs(timeline)
        var counts: [String: Int] = [:]
        for job in jobs {
            counts[job.template, default: 0] += 1
            let c = time("page \(job.template): context") { job.context() }
            _ = time("page \(job.template): fingerprint") { ContextFingerprint.of(template: job.template, context: c) }
            _ = time("page \(job.template): mustache") { renderer.templates.render(job.template, c) }
        }
        print("PROFILE pages: \(counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        for (k, v) in times.sorted(by: { $0.value > $1.value }) { print("PROFILE \(k): \(v)") }
        print("PROFILE counts: \(timeline.articles.count) articles, \(timeline.events.count) events")
    }
}
