import Foundation

/// `events.json`, the open-data form of the timeline, exactly as docs/events-contract.md specifies.
public enum EventsJSON {
    public static let schema = "sitegen.events/1"

    public static func encode(_ timeline: Timeline) throws -> Data {
        try JSONText.data(root(timeline))
    }

    /// The same bytes as `encode`, handed to `sink` a part at a time.
    static func write(_ timeline: Timeline, to sink: JSONText.Sink) throws {
        try JSONText.stream(root(timeline), to: sink)
    }

    private static func root(_ timeline: Timeline) -> [String: Any] {
        [
            "schema": schema,
            "articles": JSONText.parallelArray(timeline.articles, article),
            "events": JSONText.parallelArray(timeline.events, event),
        ]
    }

    static func article(_ a: ExtractedArticle) -> [String: Any] {
        [
            "id": a.article.id,
            "file": a.article.path,
            "title": a.displayTitle,
            "source": a.article.source ?? NSNull(),
            "published": a.article.published ?? NSNull(),
            "url": Paths.article(a.article.id),
        ]
    }

    static func event(_ e: Event) -> [String: Any] {
        var date: [String: Any] = ["start": e.date.start, "precision": e.date.precision.rawValue,
                                   "inferred": e.date.inferred, "basis": e.date.basis]
        if let end = e.date.end { date["end"] = end }
        var json: [String: Any] = [
            "id": e.id,
            "title": e.title,
            "kind": e.kind,
            "status": e.status.rawValue,
            "date": date,
            "countries": e.countries,
            "mechanism": e.mechanism.map { m -> [String: Any] in
                var d: [String: Any] = ["id": m.id, "name": m.name, "session": m.session.map { $0 as Any } ?? NSNull()]
                if let part = m.part { d["part"] = part }
                return d
            } ?? NSNull(),
            "location": e.location.map { ["city": $0.city, "country": $0.country] } ?? NSNull(),
            "participants": e.participants.map { p -> [String: Any] in
                ["name": p.name, "title": p.title, "country": p.country ?? NSNull(), "role": p.role.rawValue]
            },
            "topics": e.topics.map(\.id),
            "topic_sources": e.topics.map { ["topic": $0.id, "sentence": $0.sentence] },
            "primary": e.primary,
            "sources": e.sources.map { ["article": $0.article, "sentence": $0.sentence] },
            "url": Paths.event(e.id),
        ]
        // Where each field was read, so a researcher can check it: field → article and sentence.
        // A field an editor set in front matter has no sentence: it says so instead.
        json["evidence"] = Dictionary(e.evidence.map { f -> (String, [String: Any]) in
            f.isEdited ? (f.field, ["article": f.source.article, "sentence": NSNull(), "edited": true])
                       : (f.field, ["article": f.source.article, "sentence": f.source.sentence])
        }, uniquingKeysWith: { first, _ in first })
        json["edited"] = e.editedFields
        if !e.disagreements.isEmpty {
            json["disagreements"] = e.disagreements.map { ["field": $0.field, "value": $0.value, "article": $0.article] }
        }
        return json
    }
}
