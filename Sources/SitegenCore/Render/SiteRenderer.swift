import Foundation

/// A file of the built site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Render stage: one small page factory per page kind, run over the timeline. Pages render in
/// parallel; the returned list is sorted by path so output is deterministic.
public struct SiteRenderer: Sendable {
    public struct Options: Sendable {
        public var baseURL: String
        public var siteTitle: String
        public var language: String

        public init(baseURL: String = "/", siteTitle: String = "Quan hệ đối ngoại Việt Nam", language: String = "vi") {
            self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            self.siteTitle = siteTitle
            self.language = language
        }
    }

    let templates: TemplateSet
    let knowledge: Knowledge
    let options: Options

    public init(templates: TemplateSet, knowledge: Knowledge, options: Options) {
        self.templates = templates
        self.knowledge = knowledge
        self.options = options
    }

    /// A page to render: where it goes, which template, and how to build its context.
    struct PageJob: @unchecked Sendable {
        var url: String
        var template: String
        var context: () -> [String: Any]
    }

    public func render(_ timeline: Timeline) throws -> [OutputFile] {
        let ctx = PageContext(knowledge: knowledge,
                              site: ["title": options.siteTitle, "base": options.baseURL, "lang": options.language],
                              articleTitles: Dictionary(timeline.articles.map { ($0.article.id, $0.displayTitle) }, uniquingKeysWith: { a, _ in a }))
        var jobs: [PageJob] = []
        jobs.append(homePage(timeline, ctx))
        jobs += eventPages(timeline, ctx)
        jobs += articlePages(timeline, ctx)
        jobs += countryPages(timeline, ctx)
        jobs += topicPages(timeline, ctx)
        jobs += seriesPages(timeline, ctx)
        jobs += listPages(timeline, ctx)
        let templates = self.templates
        var files = ParallelMap.map(jobs) { job in
            OutputFile(path: Paths.file(job.url), data: Data(templates.render(job.template, job.context()).utf8))
        }
        files.append(OutputFile(path: "404.html", data: Data(templates.render("404", ctx.page("Không tìm thấy trang", [:])).utf8)))
        files.append(OutputFile(path: "events.json", data: try EventsJSON.encode(timeline)))
        files.append(OutputFile(path: "sitemap.xml", data: Sitemap.xml(urls: jobs.map(\.url), base: options.baseURL)))
        files += templates.staticFiles.map { OutputFile(path: $0.path, data: $0.data) }
        return files.sorted { $0.path < $1.path }
    }

    // MARK: - Page factories

    func homePage(_ t: Timeline, _ ctx: PageContext) -> PageJob {
        PageJob(url: "", template: "index") {
            let countries = Set(t.events.flatMap(\.countries))
            return ctx.page(options.siteTitle, [
                "years": ctx.years(t.events),
                "stats": ["articles": t.articles.count, "events": t.events.count, "countries": countries.count],
                "intro": "Dòng thời gian các sự kiện trong quan hệ đối ngoại của Việt Nam, đọc từ \(t.articles.count) bài báo; mỗi sự kiện dẫn về câu văn gốc.",
            ])
        }
    }

    func eventPages(_ t: Timeline, _ ctx: PageContext) -> [PageJob] {
        let bySeries = Dictionary(grouping: t.events.filter { $0.mechanism != nil }) { $0.mechanism!.id }
        let byCountry = Dictionary(grouping: t.events.flatMap { e in e.countries.map { ($0, e) } }, by: \.0).mapValues { $0.map(\.1) }
        return t.events.map { event in
            PageJob(url: Paths.event(event.id), template: "event") {
                var related: [Event] = []
                if let m = event.mechanism { related += bySeries[m.id, default: []] }
                for code in event.countries {
                    related += byCountry[code, default: []].filter { abs($0.date.year - event.date.year) <= 2 }
                }
                var seen = Set([event.id])
                related = related.filter { seen.insert($0.id).inserted }.sorted { $0.date.start < $1.date.start }
                return ctx.page(event.title, ["event": ctx.detail(event), "related": related.prefix(12).map(ctx.summary)])
            }
        }
    }

    func articlePages(_ t: Timeline, _ ctx: PageContext) -> [PageJob] {
        t.articles.map { a in
            PageJob(url: Paths.article(a.article.id), template: "article") {
                let html = Markdown.anchorSentences(Markdown.demoteHeadings(Markdown.html(a.article.markdown)), sentences: a.article.sentences)
                var article: [String: Any] = ["title": a.displayTitle, "file": a.article.path, "body_html": html,
                                              "events": a.events.sorted { ($0.primary ? 0 : 1, $0.date.start) < ($1.primary ? 0 : 1, $1.date.start) }.map(ctx.summary)]
                if let s = a.article.source { article["source"] = s }
                if let p = a.article.published { article["published"] = p }
                return ctx.page(a.displayTitle, ["article": article])
            }
        }
    }

    func countryPages(_ t: Timeline, _ ctx: PageContext) -> [PageJob] {
        let byCountry = Dictionary(grouping: t.events.flatMap { e in e.countries.map { ($0, e) } }, by: \.0).mapValues { $0.map(\.1) }
        return byCountry.keys.sorted().compactMap { code in
            guard let country = knowledge.countryByCode[code] else { return nil }
            let events = byCountry[code] ?? []
            return PageJob(url: Paths.country(code), template: "country") {
                var context: [String: Any] = [
                    "country": ["code": code, "name": country.name, "name_en": country.name_en, "name_vi": country.name_vi],
                    "years": ctx.years(events),
                ]
                if let relations = knowledge.relationsByCountry[code] {
                    if let since = relations.diplomatic_relations {
                        context["relations_since"] = ["date_label": DateLabel.label(since.date), "source": since.source]
                    }
                    context["partnerships"] = (relations.partnerships ?? []).map {
                        ["tier_label": Self.tierLabel($0.tier), "date_label": DateLabel.label($0.date), "source": $0.source]
                    }
                }
                let series = Dictionary(grouping: events.compactMap(\.mechanism), by: \.id)
                context["series"] = series.keys.sorted().map { id in
                    ["name": series[id]![0].name, "url": Paths.series(id), "count": series[id]!.count] as [String: Any]
                }
                let topicCounts = Dictionary(grouping: events.flatMap { $0.topics.map(\.id) }, by: { $0 }).mapValues(\.count)
                context["topics"] = knowledge.topics.filter { topicCounts[$0.id] != nil }.map { topic -> [String: Any] in
                    var link = ctx.topicLink(topic.id)
                    link["count"] = topicCounts[topic.id]!
                    return link
                }
                var people: [String: [String: Any]] = [:]
                for p in events.flatMap(\.participants) where people[p.name] == nil {
                    var d: [String: Any] = ["name": p.name, "title": p.title]
                    if let c = p.country { d["country_name"] = knowledge.countryByCode[c]?.name ?? c }
                    people[p.name] = d
                }
                context["people"] = people.keys.sorted().map { people[$0]! }
                return ctx.page("Việt Nam - \(country.name)", context)
            }
        }
    }

    static func tierLabel(_ tier: String) -> String {
        switch tier {
        case "comprehensive-strategic": return "Đối tác chiến lược toàn diện"
        case "strategic": return "Đối tác chiến lược"
        case "comprehensive": return "Đối tác toàn diện"
        default: return tier
        }
    }

    func topicPages(_ t: Timeline, _ ctx: PageContext) -> [PageJob] {
        knowledge.topics.compactMap { topic in
            let events = t.events.filter { $0.topics.contains { $0.id == topic.id } }
            guard !events.isEmpty else { return nil }
            return PageJob(url: Paths.topic(topic.id), template: "topic") {
                ctx.page(topic.label_vi, ["topic": ["id": topic.id, "label": topic.label_vi, "label_en": topic.label_en],
                                          "years": ctx.years(events)])
            }
        }
    }

    func seriesPages(_ t: Timeline, _ ctx: PageContext) -> [PageJob] {
        let bySeries = Dictionary(grouping: t.events.filter { $0.mechanism != nil }) { $0.mechanism!.id }
        return bySeries.keys.sorted().map { id in
            let events = bySeries[id]!.sorted { ($0.mechanism?.session ?? 0, $0.date.start) < ($1.mechanism?.session ?? 0, $1.date.start) }
            let name = events[0].mechanism!.name
            return PageJob(url: Paths.series(id), template: "series") {
                var rows: [[String: Any]] = []
                var previous: Int?
                for event in events {
                    if let s = event.mechanism?.session, let p = previous, s > p + 1 {
                        for missing in (p + 1)..<s { rows.append(["gap": true, "session_label": "Lần thứ \(missing)"]) }
                    }
                    previous = event.mechanism?.session ?? previous
                    var row: [String: Any] = [
                        "session_label": event.mechanism?.session.map { "Lần thứ \($0)" + (event.mechanism?.part.map { ", phiên thứ \($0)" } ?? "") } ?? "—",
                        "date_label": DateLabel.vietnamese(event.date), "inferred": event.date.inferred,
                        "url": Paths.event(event.id), "planned": event.status == .planned, "gap": false,
                        "co_chairs": event.participants.filter { $0.role == .coChair }.map { ["name": $0.name, "title": $0.title] },
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

    func listPages(_ t: Timeline, _ ctx: PageContext) -> [PageJob] {
        func list(_ url: String, _ heading: String, _ intro: String, _ items: [[String: Any]]) -> PageJob {
            PageJob(url: url, template: "list") { ctx.page(heading, ["heading": heading, "intro": intro, "items": items]) }
        }
        let countryCounts = Dictionary(grouping: t.events.flatMap(\.countries), by: { $0 }).mapValues(\.count)
        let countries = countryCounts.keys.sorted { (knowledge.countryByCode[$0]?.name ?? $0) < (knowledge.countryByCode[$1]?.name ?? $1) }.map { code -> [String: Any] in
            let country = knowledge.countryByCode[code]
            return ["url": Paths.country(code), "label": country?.name ?? code,
                    "detail": [country?.name_vi, country?.name_en].compactMap { $0 }.joined(separator: " · "), "count": countryCounts[code]!]
        }
        let topicCounts = Dictionary(grouping: t.events.flatMap { $0.topics.map(\.id) }, by: { $0 }).mapValues(\.count)
        let topics = knowledge.topics.filter { topicCounts[$0.id] != nil }.map { topic -> [String: Any] in
            ["url": Paths.topic(topic.id), "label": topic.label_vi, "detail": topic.label_en, "count": topicCounts[topic.id]!]
        }
        let mechanisms = Dictionary(grouping: t.events.compactMap(\.mechanism), by: \.id)
        let series = mechanisms.keys.sorted().map { id -> [String: Any] in
            ["url": Paths.series(id), "label": mechanisms[id]![0].name, "count": mechanisms[id]!.count]
        }
        let articles = t.articles.map { a -> [String: Any] in
            var item: [String: Any] = ["url": Paths.article(a.article.id), "label": a.displayTitle, "count": a.events.count]
            item["detail"] = [a.article.source, a.article.published, a.article.path].compactMap { $0 }.joined(separator: " · ")
            return item
        }
        let events = t.events.map { e -> [String: Any] in
            ["url": Paths.event(e.id), "label": e.title, "detail": DateLabel.vietnamese(e.date) + " · " + ctx.kindLabel(e.kind)]
        }
        return [
            list("countries/", "Quốc gia đối tác", "Các nước có sự kiện trong dữ liệu, với số sự kiện của mỗi nước.", countries),
            list("topics/", "Chủ đề", "Các lĩnh vực hợp tác được nhắc đến trong các sự kiện.", topics),
            list("series/", "Cơ chế đối thoại", "Các cơ chế đối thoại định kỳ và số phiên có trong dữ liệu.", series),
            list("articles/", "Bài báo nguồn", "Các bài báo mà dòng thời gian được đọc ra từ đó.", articles),
            list("events/", "Tất cả sự kiện", "Mọi sự kiện theo thứ tự thời gian.", events),
        ]
    }
}
