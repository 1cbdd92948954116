/// Builds the plain dictionaries the Mustache templates read. Keys are the template vocabulary;
/// optional values are left out rather than set empty, so `{{#x}}` sections behave.
/// Unchecked: it holds template values typed `Any`, all immutable once the summaries are prepared.
/// A class: every page job's closure holds it, 226,000 of them at 100,000 articles, and as a struct
/// each held its own 376-byte copy with some forty references to retain.
final class PageContext: @unchecked Sendable {
    let knowledge: Knowledge
    let t: Translations
    let basisWording: PhraseWording
    let titleWording: PhraseWording
    let site: [String: Any]
    let articleTitles: [String: String]

    init(knowledge: Knowledge, t: Translations, basisWording: PhraseWording, titleWording: PhraseWording,
         site: [String: Any], articleTitles: [String: String]) {
        self.knowledge = knowledge
        self.t = t
        self.basisWording = basisWording
        self.titleWording = titleWording
        self.site = site
        self.articleTitles = articleTitles
    }

    /// How many events a timeline page shows before older years move to pages of their own.
    var timelineLimit = 200
    /// Every event's summary, built once for all the pages that list it.
    var summaries: [String: EventSummary] = [:]
    /// The same without topics, for the short lists of related events (their own pages list them).
    var compactSummaries: [String: EventSummary] = [:]
    /// Renders an event's timeline entry (the `event_item` template) on its own, once per event, for
    /// the templates' `{{{item_html}}}`; without it a summary has no `item_html`.
    var renderItem: (@Sendable (FragmentScope) -> String)?

    /// Builds the shared summaries of all events on all cores. The summaries refer back to this
    /// context: `dropSummaries` ends that cycle.
    func prepareSummaries(_ events: [Event]) {
        let source = EventSummary.Source(ctx: self, events: events)
        let nodes = ParallelMap.map(Array(events.indices)) { position in
            (EventSummary(source, position: position, compact: false), EventSummary(source, position: position, compact: true))
        }
        summaries = Dictionary(zip(events.map(\.id), nodes.map(\.0)), uniquingKeysWith: { first, _ in first })
        compactSummaries = Dictionary(zip(events.map(\.id), nodes.map(\.1)), uniquingKeysWith: { first, _ in first })
    }

    /// Lets the compact entries go once the event pages, which alone list them, are rendered (at
    /// 10,000 articles this took 17 MiB off the build's peak).
    func forgetCompactEntries() {
        for summary in compactSummaries.values { summary.forgetEntry() }
    }

    /// Lets the summaries go once every page that lists events is rendered.
    func dropSummaries() {
        summaries = [:]
        compactSummaries = [:]
    }

    func summaryNode(_ event: Event) -> Any {
        summaries[event.id] ?? EventSummary(EventSummary.Source(ctx: self, events: [event]), position: 0, compact: false)
    }

    func compactSummaryNode(_ event: Event) -> Any {
        compactSummaries[event.id] ?? EventSummary(EventSummary.Source(ctx: self, events: [event]), position: 0, compact: true)
    }

    func page(_ title: String, _ extra: [String: Any], timeline: [String: Any] = [:]) -> [String: Any] {
        var context = extra.merging(timeline) { mine, _ in mine }
        context["site"] = site
        context["t"] = t.strings
        context["page"] = ["title": title]
        return context
    }

    // MARK: - Labels in the interface language

    func countryName(_ code: String) -> String {
        guard let c = knowledge.countryByCode[code] else { return code }
        return t.isVietnamese ? c.name : c.name_en
    }

    func topicLabel(_ id: String) -> String {
        guard let topic = knowledge.topicByID[id] else { return id }
        return t.isVietnamese ? topic.label_vi : topic.label_en
    }

    func kindLabel(_ id: String) -> String {
        guard let kind = knowledge.kindByID[id] else { return id }
        return t.isVietnamese ? kind.label_vi : kind.label_en
    }

    func sessionLabel(_ m: Mechanism, key: String = "session") -> String? {
        m.session.map { t.text(key, ["n": String($0)]) + (m.part.map { ", " + t.text("session_part", ["n": String($0)]) } ?? "") }
    }

    /// A series' name for readers of this build: as written, or its English name with the partner.
    func mechanismName(_ m: Mechanism, countries: [String]) -> String {
        if t.isVietnamese { return m.name }
        let seriesID = m.id.split(separator: "-", maxSplits: 2).last.map(String.init) ?? m.id
        guard let english = knowledge.series.first(where: { $0.id == seriesID })?.name_en else { return m.name }
        return "\(english), Việt Nam – " + countries.map(countryName).joined(separator: ", ")
    }

    /// The event's title for readers of this build: as extracted (Vietnamese), or composed in English
    /// from the series' English name, the kind and the partner.
    func title(_ event: Event) -> String {
        if t.isVietnamese { return event.title }
        let partners = event.countries.map(countryName).joined(separator: ", ")
        if let m = event.mechanism {
            return mechanismName(m, countries: event.countries) + (sessionLabel(m).map { ", " + $0 } ?? "")
        }
        return "\(kindLabel(event.kind)): Việt Nam – \(partners)"
    }

    func countryLink(_ code: String) -> [String: Any] {
        ["code": code, "name": countryName(code), "url": Paths.country(code)]
    }

    func topicLink(_ id: String) -> [String: Any] {
        ["id": id, "label": topicLabel(id), "url": Paths.topic(id)]
    }

    // MARK: - Events

    func summary(_ event: Event) -> [String: Any] {
        var e: [String: Any] = [
            "url": Paths.event(event.id),
            "title": title(event),
            "date_label": t.dateLabel(event.date),
            "date_iso": event.date.start,
            "inferred": event.date.inferred,
            "date_basis": basisWording.apply(event.date.basis),
            "kind": event.kind,
            "kind_label": kindLabel(event.kind),
            "planned": event.status == .planned,
            "primary": event.primary,
            "countries": event.countries.map(countryLink),
            "topics": event.topics.map { topicLink($0.id) },
        ]
        if !t.isVietnamese { e["title_original"] = event.title }
        if let m = event.mechanism {
            var series: [String: Any] = ["name": mechanismName(m, countries: event.countries), "url": Paths.series(m.id)]
            if let label = sessionLabel(m) { series["session_label"] = label }
            e["series"] = series
        }
        return e
    }

    /// A timeline that stays readable however many events a page gathers: the newest years whole, up
    /// to about `limit` events, and links to one page per older year. The page's events are given by
    /// their positions in `all`: copying thousands of events for a page cost more than listing them.
    func timeline(_ all: [Event], _ positions: [Int], yearURL: (Int) -> String = Paths.year) -> [String: Any] {
        let limit = timelineLimit
        var counts: [Int: Int] = [:]
        for position in positions { counts[all[position].date.year, default: 0] += 1 }
        var shown = Set<Int>()
        var total = 0
        for year in counts.keys.sorted(by: >) where shown.isEmpty || total + counts[year]! <= limit {
            shown.insert(year)
            total += counts[year]!
        }
        let older = counts.keys.filter { !shown.contains($0) }.sorted(by: >)
        return [
            "years": years(all, positions, only: shown),
            "has_more": !older.isEmpty,
            "more_years": older.map { year -> [String: Any] in
                ["year": year, "url": yearURL(year), "count": counts[year]!, "count_unit": t.unit("count_events_unit", count: counts[year]!)]
            },
        ]
    }

    /// The events at `positions` in `all`, grouped by year, newest year first, each year in date
    /// order. Events are sorted by where they are in `positions`, not copied: a partner's page can
    /// list thousands. (A position given twice, as for a person named twice in one event, is listed twice.)
    func years(_ all: [Event], _ positions: [Int], only shown: Set<Int>? = nil) -> [[String: Any]] {
        var grouped: [Int: [Int]] = [:]
        for (index, position) in positions.enumerated() where shown?.contains(all[position].date.year) ?? true {
            grouped[all[position].date.year, default: []].append(index)
        }
        return grouped.keys.sorted(by: >).map { year in
            let keys = Dictionary(uniqueKeysWithValues: grouped[year]!.map { ($0, Self.sortKey(all[positions[$0]].date)) })
            let list = grouped[year]!.sorted { a, b in
                let x = keys[a]!, y = keys[b]!
                return x != y ? x < y : all[positions[a]].id < all[positions[b]].id
            }
            return ["year": year, "count": list.count, "count_unit": t.unit("count_events_unit", count: list.count),
                    "events": list.map { summaryNode(all[positions[$0]]) }, "url": Paths.year(year)]
        }
    }

    func detail(_ event: Event) -> [String: Any] {
        var e = summary(event)
        e["status_label"] = t.text(event.status == .planned ? "status_planned" : "status_held")
        // A fact read from the event's main source sentence points to it rather than quoting it again.
        let mainSource = event.sources.first
        // A fact an editor set in front matter says so, and links to the article it was set in.
        func quote(_ field: String) -> [String: Any]? {
            event.evidence(for: field).map { f in
                var q: [String: Any] = ["anchor_url": Paths.sentence(article: f.source.article, index: f.source.sentenceIndex)]
                if f.isEdited {
                    q["edited"] = true
                    q["article_title"] = articleTitles[f.source.article] ?? f.source.article
                } else if f.source == mainSource { q["main"] = true } else { q["sentence"] = f.source.sentence }
                return q
            }
        }
        for field in ["kind", "status", "participants", "topics"] {
            if let q = quote(field), q["edited"] != nil { e["\(field)_edited"] = q }
        }
        if let m = event.mechanism {
            var mechanism: [String: Any] = ["name": mechanismName(m, countries: event.countries), "url": Paths.series(m.id)]
            if let label = sessionLabel(m) { mechanism["session"] = label }
            e["mechanism"] = mechanism
        }
        if let l = event.location {
            e["location"] = ["city": l.city, "country_name": countryName(l.country)]
        }
        e["participants"] = event.participants.map { p -> [String: Any] in
            var d: [String: Any] = ["name": p.name, "title": titleWording.apply(p.title), "url": Paths.person(p.name),
                                    "role_label": t.text(p.role == .coChair ? "role_co_chair" : "role_participant")]
            if let c = p.country { d["country_name"] = countryName(c) }
            if let q = quote("participant:\(p.name)") { d["source"] = q }
            return d
        }
        // Topics read from the same sentence share one quotation.
        var groups: [(sentence: String, topics: [[String: Any]])] = []
        for topic in event.topics {
            if let i = groups.firstIndex(where: { $0.sentence == topic.sentence }) {
                groups[i].topics.append(topicLink(topic.id))
            } else {
                groups.append((topic.sentence, [topicLink(topic.id)]))
            }
        }
        // A topic only an editor gives has no sentence to quote; the key is left out so nothing empty shows.
        e["topic_groups"] = groups.map { group -> [String: Any] in
            group.sentence.isEmpty ? ["topics": group.topics] : ["sentence": group.sentence, "topics": group.topics]
        }
        e["sources"] = event.sources.map { s -> [String: Any] in
            ["article_title": articleTitles[s.article] ?? s.article, "article_url": Paths.article(s.article),
             "sentence": s.sentence, "anchor_url": Paths.sentence(article: s.article, index: s.sentenceIndex)]
        }
        for field in ["date", "countries", "mechanism", "location"] {
            if let q = quote(field) { e["\(field)_source"] = q }
        }
        e["has_disagreements"] = !event.disagreements.isEmpty
        e["disagreements"] = event.disagreements.map { d -> [String: Any] in
            ["field_label": t.text("field_\(d.field)"), "value": d.value,
             "article_title": articleTitles[d.article] ?? d.article, "article_url": Paths.article(d.article)]
        }
        return e
    }

    /// Within a year, a date known only to the month follows that month's days, and one known only
    /// to the year closes the year.
    static func sortKey(_ date: EventDate) -> String {
        switch date.precision {
        case .day: return date.start
        case .month: return date.start + "-32"
        case .year: return date.start + "-13"
        }
    }
}

/// Site-relative URLs of every page kind (never starting with "/", always ending with "/").
public enum Paths {
    public static func event(_ id: String) -> String { "events/\(id)/" }
    public static func article(_ id: String) -> String { "articles/\(id)/" }
    public static func country(_ code: String) -> String { "countries/\(code.lowercased())/" }
    public static func topic(_ id: String) -> String { "topics/\(id)/" }
    public static func series(_ id: String) -> String { "series/\(id)/" }
    public static func person(_ name: String) -> String { "people/\(personID(name))/" }
    public static func year(_ year: Int) -> String { "years/\(year)/" }

    /// A person's page id: the slug of the name, so the same person across articles shares a page.
    /// Remembered, because every page that names a person links to them and slugging is not cheap.
    public static func personID(_ name: String) -> String {
        if let known = personIDs.value(for: name) { return known }
        let slug = VietnameseText.slug(name)
        let id = slug.isEmpty ? "unnamed" : slug
        personIDs.set(id, for: name)
        return id
    }

    private static let personIDs = Memo<String, String>()

    /// A link to one sentence of an article page (index 0 is the title: the page itself).
    public static func sentence(article: String, index: Int) -> String {
        Paths.article(article) + (index > 0 ? "#s\(index)" : "")
    }

    /// The file that serves a pretty URL.
    public static func file(_ url: String) -> String { url.isEmpty ? "index.html" : url + "index.html" }
}
