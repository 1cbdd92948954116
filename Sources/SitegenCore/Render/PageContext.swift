/// Builds the plain dictionaries the Mustache templates read. Keys are the template vocabulary;
/// optional values are left out rather than set empty, so `{{#x}}` sections behave.
struct PageContext {
    let knowledge: Knowledge
    let site: [String: Any]
    let articleTitles: [String: String]

    func page(_ title: String, _ extra: [String: Any]) -> [String: Any] {
        var context = extra
        context["site"] = site
        context["page"] = ["title": title]
        return context
    }

    func countryLink(_ code: String) -> [String: Any] {
        ["code": code, "name": knowledge.countryByCode[code]?.name ?? code, "url": Paths.country(code)]
    }

    func topicLink(_ id: String) -> [String: Any] {
        ["id": id, "label": knowledge.topicByID[id]?.label_vi ?? id, "url": Paths.topic(id)]
    }

    func kindLabel(_ id: String) -> String { knowledge.kindByID[id]?.label_vi ?? id }

    func summary(_ event: Event) -> [String: Any] {
        var e: [String: Any] = [
            "url": Paths.event(event.id),
            "title": event.title,
            "date_label": DateLabel.vietnamese(event.date),
            "date_iso": event.date.start,
            "inferred": event.date.inferred,
            "date_basis": event.date.basis,
            "kind": event.kind,
            "kind_label": kindLabel(event.kind),
            "planned": event.status == .planned,
            "primary": event.primary,
            "countries": event.countries.map(countryLink),
            "topics": event.topics.map { topicLink($0.id) },
        ]
        if let m = event.mechanism {
            var series: [String: Any] = ["name": m.name, "url": Paths.series(m.id)]
            if let s = m.session { series["session_label"] = "lần thứ \(s)" + (m.part.map { ", phiên thứ \($0)" } ?? "") }
            e["series"] = series
        }
        return e
    }

    /// Events grouped by year, newest year first, each year in date order.
    func years(_ events: [Event]) -> [[String: Any]] {
        let grouped = Dictionary(grouping: events) { $0.date.year }
        return grouped.keys.sorted(by: >).map { year in
            let list = grouped[year]!.sorted { a, b in
                let x = Self.sortKey(a.date), y = Self.sortKey(b.date)
                return x != y ? x < y : a.id < b.id
            }
            return ["year": year, "count": list.count, "events": list.map(summary)]
        }
    }

    func detail(_ event: Event) -> [String: Any] {
        var e = summary(event)
        e["status_label"] = event.status == .planned ? "Dự kiến" : "Đã diễn ra"
        if let m = event.mechanism {
            var mechanism: [String: Any] = ["name": m.name, "url": Paths.series(m.id)]
            if let s = m.session { mechanism["session"] = "lần thứ \(s)" + (m.part.map { ", phiên thứ \($0)" } ?? "") }
            e["mechanism"] = mechanism
        }
        if let l = event.location {
            e["location"] = ["city": l.city, "country_name": knowledge.countryByCode[l.country]?.name ?? l.country]
        }
        e["participants"] = event.participants.map { p -> [String: Any] in
            var d: [String: Any] = ["name": p.name, "title": p.title, "role_label": p.role == .coChair ? "Đồng chủ trì" : "Tham dự"]
            if let c = p.country { d["country_name"] = knowledge.countryByCode[c]?.name ?? c }
            return d
        }
        e["topics"] = event.topics.map { t -> [String: Any] in
            var d = topicLink(t.id)
            d["sentence"] = t.sentence
            return d
        }
        e["sources"] = event.sources.map { s -> [String: Any] in
            let anchor = s.sentenceIndex > 0 ? "#s\(s.sentenceIndex)" : ""
            return ["article_title": articleTitles[s.article] ?? s.article, "article_url": Paths.article(s.article),
                    "sentence": s.sentence, "anchor_url": Paths.article(s.article) + anchor]
        }
        func quote(_ field: String) -> [String: Any]? {
            event.evidence(for: field).map { f in
                let anchor = f.source.sentenceIndex > 0 ? "#s\(f.source.sentenceIndex)" : ""
                return ["sentence": f.source.sentence, "anchor_url": Paths.article(f.source.article) + anchor]
            }
        }
        for field in ["date", "countries", "mechanism", "location"] {
            if let q = quote(field) { e["\(field)_source"] = q }
        }
        if var list = e["participants"] as? [[String: Any]] {
            for index in list.indices {
                if let name = list[index]["name"] as? String, let q = quote("participant:\(name)") { list[index]["source"] = q }
            }
            e["participants"] = list
        }
        e["has_disagreements"] = !event.disagreements.isEmpty
        e["disagreements"] = event.disagreements.map { d -> [String: Any] in
            ["field_label": Self.fieldLabels[d.field] ?? d.field, "value": d.value,
             "article_title": articleTitles[d.article] ?? d.article, "article_url": Paths.article(d.article)]
        }
        return e
    }

    static let fieldLabels = ["date": "Thời gian", "location": "Địa điểm"]

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

    /// The file that serves a pretty URL.
    public static func file(_ url: String) -> String { url.isEmpty ? "index.html" : url + "index.html" }
}
