import Foundation

/// A file of the built site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var data: Data
    /// The path of the same file in the previous build, kept (linked) instead of written again;
    /// `data` is empty.
    public var existingPath: String?
    /// The file already written in full on the output's file system (too large to hold in memory),
    /// moved into place; `data` is empty.
    var staged: URL?

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    init(path: String, existingPath: String) {
        self.path = path
        self.data = Data()
        self.existingPath = existingPath
    }

    init(path: String, staged: URL) {
        self.path = path
        self.data = Data()
        self.staged = staged
    }
}

/// Render stage: one small page factory per page kind, run over the timeline. Pages render in
/// parallel; the returned list is sorted by path so output is deterministic.
public struct SiteRenderer: Sendable {
    public struct Options: Sendable {
        public var baseURL: String
        public var language: String
        /// Absolute origin ("https://example.org") for feeds and the sitemap; site-relative links without it.
        public var siteURL: String?
        /// Whether a search index will be built, so the search page and its link are rendered.
        public var search: Bool = false
        /// Events a timeline page shows before its older years get pages of their own.
        public var timelineLimit: Int = 200
        /// Entries an index page (all articles, all events, all people …) shows before it continues
        /// on a next page, so no index grows into megabytes.
        public var listPageSize: Int = 500

        public init(baseURL: String = "/", language: String = "vi", siteURL: String? = nil) {
            var base = baseURL.hasPrefix("/") ? baseURL : "/" + baseURL
            if !base.hasSuffix("/") { base += "/" }
            self.baseURL = base
            self.language = language
            self.siteURL = siteURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        }
    }

    let templates: TemplateSet
    let knowledge: Knowledge
    let translations: Translations
    let basisWording: PhraseWording
    let titleWording: PhraseWording
    let options: Options

    public init(templates: TemplateSet, knowledge: Knowledge, translations: Translations, basisWording: PhraseWording = .identity,
                titleWording: PhraseWording = .identity, options: Options) {
        self.titleWording = titleWording
        self.templates = templates.specialized(for: ["site": Self.siteValues(options, translations), "t": translations.strings])
        self.knowledge = knowledge
        self.translations = translations
        self.basisWording = basisWording
        self.options = options
    }

    /// A page to render: where it goes, which template, and how to build its context.
    struct PageJob: @unchecked Sendable {
        var url: String
        var template: String
        var context: () -> [String: Any]
    }

    /// Every file of the site, in path order (small sites, tests).
    public func render(_ timeline: Timeline) throws -> [OutputFile] {
        let collected = Collected()
        _ = try render(timeline) { collected.add($0) }
        return collected.files.sorted { $0.path < $1.path }
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [OutputFile] = []
        func add(_ files: [OutputFile]) { lock.lock(); all += files; lock.unlock() }
        var files: [OutputFile] { lock.lock(); defer { lock.unlock() }; return all }
    }

    /// Pages render on all cores and each is handed to `emit` (from the worker that made it) as soon
    /// as it is done, so memory holds the pages being rendered, not the site: a year page of a large
    /// corpus can weigh megabytes. Returns the number of HTML pages and of files.
    public func render(_ timeline: Timeline, batchSize: Int = 512, emit: @Sendable ([OutputFile]) throws -> Void) throws -> (pages: Int, files: Int) {
        let report = try render(timeline, batchSize: batchSize, reuse: nil, emit: emit)
        return (report.pages, report.files)
    }

    /// With `reuse`, a page whose context fingerprint matches the previous build's is not rendered:
    /// its old file is kept. With `scratch` (a folder on the output's file system), `events.json`
    /// is written there as it is made, instead of being held in memory whole.
    func render(_ timeline: Timeline, batchSize: Int = 512, reuse: PageReuse?, scratch: URL? = nil,
                progress: ((Int, Int) -> Void)? = nil, emit: @Sendable ([OutputFile]) throws -> Void) throws -> RenderReport {
        var (jobs, ctx) = pageJobs(timeline)
        defer { ctx.dropSummaries() }
        let t = translations
        let templates = self.templates
        let timer = TemplateTimer()
        var fileCount = 0
        var lastEventPage = jobs.lastIndex { $0.template == "event" }
        for start in stride(from: 0, to: jobs.count, by: batchSize) {
            if let last = lastEventPage, start > last {
                ctx.forgetCompactEntries()
                lastEventPage = nil
            }
            let batch = Array(jobs[start..<min(jobs.count, start + batchSize)])
            let failures = ParallelMap.map(batch) { job -> (any Error)? in
                let path = Paths.file(job.url)
                let context = job.context()
                let file: OutputFile
                if let reuse, let fingerprint = ContextFingerprint.of(template: job.template, context: context) {
                    if let kept = reuse.keep(path, fingerprint: fingerprint) {
                        file = kept
                    } else {
                        let rendered = OutputFile(path: path, data: timer.render(job.template, context, with: templates))
                        reuse.record(path, fingerprint: fingerprint, size: rendered.data.count)
                        file = reuse.keepIfUnchanged(rendered)
                    }
                } else {
                    file = OutputFile(path: path, data: timer.render(job.template, context, with: templates))
                }
                do {
                    try emit([file])
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            fileCount += batch.count
            progress?(min(jobs.count, start + batchSize), jobs.count)
        }
        // The pages are written: their factories and the shared summaries (with every rendered
        // timeline entry) go, and their memory back to the system, before `events.json` — as large
        // as all the pages' data together — is made.
        let urls = jobs.map(\.url)
        var pagesByKind = Dictionary(grouping: jobs, by: \.template).mapValues(\.count)
        pagesByKind["404", default: 0] += 1
        jobs = []
        ctx.dropSummaries()
        MemoryRelease.returnFreedPages()
        try emit([try eventsJSON(timeline, scratch: scratch, reuse: reuse)])
        var rest: [OutputFile] = []
        rest.append(OutputFile(path: "404.html", data: Data(templates.render("404", ctx.page(t.text("not_found_title"), [:])).utf8)))
        rest += AtomFeeds(ctx: ctx, options: options).files(timeline)
        rest.append(OutputFile(path: "sitemap.xml", data: Sitemap.xml(urls: urls, base: options.baseURL, siteURL: options.siteURL)))
        rest.append(OutputFile(path: "robots.txt", data: Data(Self.robots(options).utf8)))
        rest += templates.staticFiles.map { OutputFile(path: $0.path, data: $0.data) }
        if let reuse { rest = ParallelMap.map(rest) { reuse.keepIfUnchanged($0) } }
        try emit(rest)
        return RenderReport(pages: urls.count + 1, files: fileCount + 1 + rest.count, pagesByKind: pagesByKind,
                            templateSeconds: timer.seconds)
    }

    /// `events.json` is as large as all the pages' data together (790 MB at 100,000 articles).
    private func eventsJSON(_ timeline: Timeline, scratch: URL?, reuse: PageReuse?) throws -> OutputFile {
        let path = "events.json"
        guard let scratch else {
            let file = OutputFile(path: path, data: try EventsJSON.encode(timeline))
            return reuse?.keepIfUnchanged(file) ?? file
        }
        let staged = scratch.appendingPathComponent(".events.json.partial")
        try UnsyncedFile.write(to: staged.path) { append in
            try EventsJSON.write(timeline) { bytes in try bytes.withUnsafeBytes(append) }
        }
        return reuse?.keepIfUnchanged(path: path, staged: staged) ?? OutputFile(path: path, staged: staged)
    }

    /// Every HTML page of the site, with the shared context builder.
    func pageJobs(_ timeline: Timeline) -> (jobs: [PageJob], ctx: PageContext) {
        let t = translations
        let ctx = PageContext(knowledge: knowledge, t: t, basisWording: basisWording, titleWording: titleWording,
                              site: Self.siteValues(options, t),
                              articleTitles: Dictionary(timeline.articles.map { ($0.article.id, $0.displayTitle) }, uniquingKeysWith: { a, _ in a }))
        ctx.timelineLimit = max(1, options.timelineLimit)
        let templates = self.templates
        // The entry stands where the list's template puts it, which ends the line itself.
        ctx.renderItem = { scope in
            let html = templates.render("event_item", object: scope)
            return html.hasSuffix("\n") ? String(html.dropLast()) : html
        }
        ctx.prepareSummaries(timeline.events)
        var jobs: [PageJob] = []
        jobs.append(homePage(timeline, ctx))
        jobs += eventPages(timeline, ctx)
        jobs += articlePages(timeline, ctx)
        jobs += countryPages(timeline, ctx)
        jobs += topicPages(timeline, ctx)
        jobs += seriesPages(timeline, ctx)
        jobs += personPages(timeline, ctx)
        jobs += yearPages(timeline, ctx)
        jobs += termYearPages(timeline, ctx)
        jobs += listPages(timeline, ctx)
        if options.search {
            jobs.append(PageJob(url: "search/", template: "search") { ctx.page(t.text("search_heading"), [:]) })
        }
        return (jobs, ctx)
    }

    /// The `site` values every page's template reads.
    static func siteValues(_ options: Options, _ t: Translations) -> [String: Any] {
        ["title": t.text("site_title"), "base": options.baseURL, "lang": options.language, "search": options.search]
    }

    /// robots.txt names the sitemap only by an absolute URL, as the format requires, so only with --site-url.
    static func robots(_ options: Options) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let site = options.siteURL { text += "Sitemap: \(site)\(options.baseURL)sitemap.xml\n" }
        return text
    }

    // MARK: - Page factories

    func homePage(_ tl: Timeline, _ ctx: PageContext) -> PageJob {
        PageJob(url: "", template: "index") {
            let countries = Set(tl.events.flatMap(\.countries))
            return ctx.page(ctx.t.text("site_title"), [
                "stats": ["articles": tl.articles.count, "events": tl.events.count, "countries": countries.count],
                "intro": ctx.t.text("home_intro", ["n": String(tl.articles.count)]),
                "chart_svg": TimelineChart.svg(events: tl.events, ctx: ctx),
            ], timeline: ctx.timeline(tl.events, Array(tl.events.indices)))
        }
    }

    /// Related events: the neighbouring sessions of the same series and the partner's events nearest
    /// in time. Neighbours are found by position in sorted lists, so the cost per page stays constant
    /// however many events a partner has.
    func eventPages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        let events = tl.events
        let bySeries = tl.positions(groupedBy: { $0.mechanism?.id }).mapValues { group in
            group.sorted { a, b in
                (events[a].mechanism?.session ?? 0, events[a].date.start, events[a].id) < (events[b].mechanism?.session ?? 0, events[b].date.start, events[b].id)
            }
        }
        let byCountry = tl.positionsByCountry().mapValues { group in
            group.sorted { a, b in (events[a].date.start, events[a].id) < (events[b].date.start, events[b].id) }
        }
        // Where each event stands in its series' and its partners' lists, by the event's position.
        var position: [String: [Int: Int]] = [:]
        for (key, list) in bySeries { for (i, e) in list.enumerated() { position["s:" + key, default: [:]][e] = i } }
        for (key, list) in byCountry { for (i, e) in list.enumerated() { position["c:" + key, default: [:]][e] = i } }
        func neighbours(_ list: [Int], around index: Int?, radius: Int) -> ArraySlice<Int> {
            guard let index else { return [] }
            return list[max(0, index - radius)..<min(list.count, index + radius + 1)]
        }
        return events.indices.map { index in
            PageJob(url: Paths.event(events[index].id), template: "event") {
                let event = events[index]
                var related: [Int] = []
                if let m = event.mechanism {
                    related += neighbours(bySeries[m.id] ?? [], around: position["s:" + m.id]?[index], radius: 3)
                }
                for code in event.countries {
                    related += neighbours(byCountry[code] ?? [], around: position["c:" + code]?[index], radius: 4)
                }
                var seen = Set([index])
                let nearby = related.filter { seen.insert($0).inserted }
                    .sorted { (events[$0].date.start, events[$0].id) < (events[$1].date.start, events[$1].id) }
                // A compact list: the related events' own pages carry their topics.
                let compact = nearby.prefix(8).map { ctx.compactSummaryNode(events[$0]) }
                return ctx.page(ctx.title(event), ["event": ctx.detail(event), "related": compact])
            }
        }
    }

    func articlePages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        tl.articles.indices.map { index in
            PageJob(url: Paths.article(tl.articles[index].article.id), template: "article") {
                let a = tl.articles[index]
                let html = ArticleBody(a.article)
                let events = a.events.sorted { ($0.primary ? 0 : 1, $0.date.start) < ($1.primary ? 0 : 1, $1.date.start) }
                var article: [String: Any] = ["title": a.displayTitle, "file": a.article.path, "body_html": html,
                                              "events": events.map(ctx.summaryNode)]
                if let s = a.article.source { article["source"] = s }
                if let p = a.article.published { article["published"] = ctx.t.dateLabel(p) }
                return ctx.page(a.displayTitle, ["article": article])
            }
        }
    }

    func countryPages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        let byCountry = tl.positionsByCountry()
        return byCountry.keys.sorted().compactMap { code in
            guard let country = knowledge.countryByCode[code] else { return nil }
            let positions = byCountry[code] ?? []
            return PageJob(url: Paths.country(code), template: "country") {
                let events = tl.events
                var context: [String: Any] = [
                    "country": ["code": code, "name": ctx.countryName(code), "name_en": country.name_en, "name_vi": country.name_vi],
                ]
                context.merge(ctx.timeline(events, positions) { Paths.country(code) + "years/\($0)/" }) { mine, _ in mine }
                if let relations = knowledge.relationsByCountry[code] {
                    if let since = relations.diplomatic_relations {
                        context["relations_since"] = ["date_label": ctx.t.dateLabel(since.date), "source": since.source]
                    }
                    context["partnerships"] = (relations.partnerships ?? []).map {
                        ["tier_label": ctx.t.text("tier_" + $0.tier.replacingOccurrences(of: "-", with: "_")),
                         "date_label": ctx.t.dateLabel($0.date), "source": $0.source]
                    }
                }
                let series = Dictionary(grouping: positions.compactMap { events[$0].mechanism }, by: \.id)
                context["series"] = series.keys.sorted().map { id in
                    ["name": ctx.mechanismName(series[id]![0], countries: [code]), "url": Paths.series(id), "count": series[id]!.count] as [String: Any]
                }
                let topicCounts = Dictionary(grouping: positions.flatMap { events[$0].topics.map(\.id) }, by: { $0 }).mapValues(\.count)
                context["topics"] = knowledge.topics.filter { topicCounts[$0.id] != nil }.map { topic -> [String: Any] in
                    var link = ctx.topicLink(topic.id)
                    link["count"] = topicCounts[topic.id]!
                    return link
                }
                var people: [String: [String: Any]] = [:]
                for p in positions.flatMap({ events[$0].participants }) where people[p.name] == nil {
                    var d: [String: Any] = ["name": p.name, "title": ctx.titleWording.apply(p.title), "url": Paths.person(p.name)]
                    if let c = p.country { d["country_name"] = ctx.countryName(c) }
                    people[p.name] = d
                }
                context["people"] = people.keys.sorted().map { people[$0]! }
                return ctx.page(ctx.t.text("country_page_title", ["name": ctx.countryName(code)]), context)
            }
        }
    }

    func topicPages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        knowledge.topics.compactMap { topic in
            let positions = tl.positions { $0.topics.contains { $0.id == topic.id } }
            guard !positions.isEmpty else { return nil }
            return PageJob(url: Paths.topic(topic.id), template: "topic") {
                var info: [String: Any] = ["id": topic.id, "label": ctx.topicLabel(topic.id)]
                if ctx.t.isVietnamese { info["label_en"] = topic.label_en }
                return ctx.page(ctx.topicLabel(topic.id), ["topic": info],
                                timeline: ctx.timeline(tl.events, positions) { Paths.topic(topic.id) + "years/\($0)/" })
            }
        }
    }

    func seriesPages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        let bySeries = tl.positions(groupedBy: { $0.mechanism?.id })
        return bySeries.keys.sorted().map { id in
            func order(_ e: Event) -> (Int, Int, String) { (e.mechanism?.session ?? 0, e.mechanism?.part ?? 0, e.date.start) }
            let positions = bySeries[id]!.sorted { order(tl.events[$0]) < order(tl.events[$1]) }
            let first = tl.events[positions[0]]
            let name = ctx.mechanismName(first.mechanism!, countries: first.countries)
            return PageJob(url: Paths.series(id), template: "series") {
                let events = tl.events(at: positions)
                var rows: [[String: Any]] = []
                var previous: Int?
                for event in events {
                    // Gaps are bounded as sessions are (SeriesReader.sessionNumbers), so the page stays small.
                    if let s = event.mechanism?.session, let p = previous, s > p, s - p <= SeriesReader.sessionNumbers.count {
                        for missing in stride(from: p + 1, to: s, by: 1) { rows.append(["gap": true, "session_label": ctx.t.text("session_row", ["n": String(missing)])]) }
                    }
                    previous = event.mechanism?.session ?? previous
                    var row: [String: Any] = [
                        "session_label": event.mechanism.flatMap { ctx.sessionLabel($0, key: "session_row") } ?? "—",
                        "date_label": ctx.t.dateLabel(event.date), "inferred": event.date.inferred,
                        "url": Paths.event(event.id), "planned": event.status == .planned, "gap": false,
                        "co_chairs": event.participants.filter { $0.role == .coChair }.map { ["name": $0.name, "title": ctx.titleWording.apply($0.title), "url": Paths.person($0.name)] },
                    ]
                    if let l = event.location { row["location"] = l.city }
                    rows.append(row)
                }
                var series: [String: Any] = ["id": id, "name": name]
                if let code = events[0].countries.first { series["country"] = ctx.countryLink(code) }
                return ctx.page(name, ["series": series, "sessions": rows])
            }
        }
    }

    /// One page per named person, with every event and the title held at the time.
    static func byPerson(_ events: [Event]) -> [String: [(participant: Participant, position: Int)]] {
        var byPerson: [String: [(participant: Participant, position: Int)]] = [:]
        for (position, event) in events.enumerated() {
            for p in event.participants { byPerson[Paths.personID(p.name), default: []].append((p, position)) }
        }
        return byPerson
    }

    /// A person with more events than a timeline page holds keeps the newest years (and as many of
    /// their roles) and links one page per older year, like a partner or a topic.
    func personPages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        let byPerson = Self.byPerson(tl.events)
        return byPerson.keys.sorted().map { id in
            let entries = byPerson[id]!.sorted { tl.events[$0.position].date.start > tl.events[$1.position].date.start }
            let person = entries[0].participant
            return PageJob(url: "people/\(id)/", template: "person") {
                var info: [String: Any] = ["name": person.name]
                if let c = person.country { info["country_name"] = ctx.countryName(c) }
                let roles = entries.prefix(ctx.timelineLimit).map { p, position -> [String: Any] in
                    let e = tl.events[position]
                    return ["title": ctx.titleWording.apply(p.title), "date_label": ctx.t.dateLabel(e.date), "event_url": Paths.event(e.id), "event_title": ctx.title(e)]
                }
                return ctx.page(person.name, ["person": info, "roles": roles],
                                timeline: ctx.timeline(tl.events, entries.map(\.position)) { "people/\(id)/years/\($0)/" })
            }
        }
    }

    /// Per-year pages of a country, topic or person whose timeline is too long for one page.
    func termYearPages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        var terms: [(url: String, name: String, positions: [Int])] = []
        for (code, positions) in tl.positionsByCountry() where positions.count > ctx.timelineLimit {
            terms.append((Paths.country(code), ctx.t.text("country_page_title", ["name": ctx.countryName(code)]), positions))
        }
        for topic in knowledge.topics {
            let positions = tl.positions { $0.topics.contains { $0.id == topic.id } }
            if positions.count > ctx.timelineLimit { terms.append((Paths.topic(topic.id), ctx.topicLabel(topic.id), positions)) }
        }
        for (id, entries) in Self.byPerson(tl.events) where entries.count > ctx.timelineLimit {
            terms.append(("people/\(id)/", entries[0].participant.name, entries.map(\.position)))
        }
        return terms.sorted { $0.url < $1.url }.flatMap { term -> [PageJob] in
            let byYear = Dictionary(grouping: term.positions, by: { tl.events[$0].date.year })
            let years = byYear.keys.sorted()
            return years.enumerated().map { index, year in
                let url = term.url + "years/\(year)/"
                let positions = byYear[year]!
                return PageJob(url: url, template: "year") {
                    var info: [String: Any] = ["year": year, "count": positions.count,
                                               "count_unit": ctx.t.unit("count_events_unit", count: positions.count)]
                    if index > 0 { info["prev_url"] = term.url + "years/\(years[index - 1])/" }
                    if index + 1 < years.count { info["next_url"] = term.url + "years/\(years[index + 1])/" }
                    return ctx.page("\(term.name) · \(year)", ["year": info, "term": ["name": term.name, "url": term.url],
                                                                 "years": ctx.years(tl.events, positions)])
                }
            }
        }
    }

    func yearPages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        let byYear = tl.positions(groupedBy: { $0.date.year })
        let years = byYear.keys.sorted()
        return years.enumerated().map { index, year in
            let positions = byYear[year]!
            return PageJob(url: Paths.year(year), template: "year") {
                var info: [String: Any] = ["year": year, "count": positions.count,
                                           "count_unit": ctx.t.unit("count_events_unit", count: positions.count)]
                if index > 0 { info["prev_url"] = Paths.year(years[index - 1]) }
                if index + 1 < years.count { info["next_url"] = Paths.year(years[index + 1]) }
                return ctx.page(ctx.t.text("year_page_title", ["year": String(year)]), ["year": info, "years": ctx.years(tl.events, positions)])
            }
        }
    }

    func listPages(_ tl: Timeline, _ ctx: PageContext) -> [PageJob] {
        let t = ctx.t
        let pageSize = max(1, options.listPageSize)
        // Page 1 at the index's own address, page n at "<index>page/n/". A page makes its entries
        // when it renders: the index of every event would otherwise be held all through the build.
        func list(_ url: String, _ key: String, count: Int, _ item: @escaping (Int) -> [String: Any]) -> [PageJob] {
            let chunks = stride(from: 0, to: max(count, 1), by: pageSize).map { $0..<min(count, $0 + pageSize) }
            func pageURL(_ number: Int) -> String { number == 1 ? url : url + "page/\(number)/" }
            return chunks.enumerated().map { index, chunk in
                let number = index + 1
                return PageJob(url: pageURL(number), template: "list") {
                    var extra: [String: Any] = ["heading": t.text("list_\(key)_heading"), "intro": t.text("list_\(key)_intro"), "items": chunk.map(item)]
                    if chunks.count > 1 {
                        var pagination: [String: Any] = ["status": t.text("pagination_status", ["n": String(number), "total": String(chunks.count)])]
                        if number > 1 { pagination["prev_url"] = pageURL(number - 1) }
                        if number < chunks.count { pagination["next_url"] = pageURL(number + 1) }
                        extra["pagination"] = pagination
                    }
                    let title = t.text("list_\(key)_heading") + (number > 1 ? " · " + t.text("pagination_status", ["n": String(number), "total": String(chunks.count)]) : "")
                    return ctx.page(title, extra)
                }
            }
        }
        let countryCounts = Dictionary(grouping: tl.events.flatMap(\.countries), by: { $0 }).mapValues(\.count)
        let countries = countryCounts.keys.sorted { ctx.countryName($0) < ctx.countryName($1) }.map { code -> [String: Any] in
            let country = knowledge.countryByCode[code]
            return ["url": Paths.country(code), "label": ctx.countryName(code),
                    "detail": [country?.name_vi, country?.name_en].compactMap { $0 }.joined(separator: " · "),
                    "count": countryCounts[code]!, "unit": ctx.t.unit("count_events_unit", count: countryCounts[code]!)]
        }
        let topicCounts = Dictionary(grouping: tl.events.flatMap { $0.topics.map(\.id) }, by: { $0 }).mapValues(\.count)
        let topics = knowledge.topics.filter { topicCounts[$0.id] != nil }.map { topic -> [String: Any] in
            ["url": Paths.topic(topic.id), "label": ctx.topicLabel(topic.id), "detail": t.isVietnamese ? topic.label_en : topic.label_vi,
             "count": topicCounts[topic.id]!, "unit": ctx.t.unit("count_events_unit", count: topicCounts[topic.id]!)]
        }
        let mechanisms = Dictionary(grouping: tl.events.compactMap(\.mechanism), by: \.id)
        // Each series' partners are those of its first event (one pass, not a search per series).
        var seriesCountries: [String: [String]] = [:]
        for event in tl.events {
            if let id = event.mechanism?.id, seriesCountries[id] == nil { seriesCountries[id] = event.countries }
        }
        let series = mechanisms.keys.sorted().map { id -> [String: Any] in
            ["url": Paths.series(id), "label": ctx.mechanismName(mechanisms[id]![0], countries: seriesCountries[id] ?? []),
             "count": mechanisms[id]!.count,
             "unit": t.unit("count_sessions_unit", count: mechanisms[id]!.count)]
        }
        func article(_ index: Int) -> [String: Any] {
            let a = tl.articles[index]
            return ["url": Paths.article(a.article.id), "label": a.displayTitle, "count": a.events.count,
                    "unit": t.unit("count_events_unit", count: a.events.count),
                    "detail": [a.article.source, a.article.published.map(t.dateLabel)].compactMap { $0 }.joined(separator: " · ")]
        }
        func event(_ index: Int) -> [String: Any] {
            let e = tl.events[index]
            return ["url": Paths.event(e.id), "label": ctx.title(e),
                    "detail": t.dateLabel(e.date) + (e.date.inferred ? " ≈" : "") + " · " + ctx.kindLabel(e.kind)]
        }
        var people: [String: (name: String, count: Int, country: String?)] = [:]
        for p in tl.events.flatMap(\.participants) {
            let id = Paths.personID(p.name)
            people[id] = (p.name, (people[id]?.count ?? 0) + 1, people[id]?.country ?? p.country)
        }
        let peopleItems = people.keys.sorted().map { id -> [String: Any] in
            var item: [String: Any] = ["url": "people/\(id)/", "label": people[id]!.name, "count": people[id]!.count, "unit": ctx.t.unit("count_events_unit", count: people[id]!.count)]
            if let c = people[id]!.country { item["detail"] = ctx.countryName(c) }
            return item
        }
        var yearCounts: [Int: Int] = [:]
        for event in tl.events { yearCounts[event.date.year, default: 0] += 1 }
        let years = yearCounts.keys.sorted(by: >).map { year -> [String: Any] in
            ["url": Paths.year(year), "label": String(year), "count": yearCounts[year]!, "unit": ctx.t.unit("count_events_unit", count: yearCounts[year]!)]
        }
        return list("countries/", "countries", count: countries.count) { countries[$0] }
            + list("topics/", "topics", count: topics.count) { topics[$0] }
            + list("series/", "series", count: series.count) { series[$0] }
            + list("articles/", "articles", count: tl.articles.count, article)
            + list("events/", "events", count: tl.events.count, event)
            + list("people/", "people", count: peopleItems.count) { peopleItems[$0] }
            + list("years/", "years", count: years.count) { years[$0] }
    }
}
