/// Merge stage: the same real-world event reported by several articles becomes one event with
/// several sources. Events of one dialogue session are the same event whatever their dates say;
/// other events match on kind, partners and date. Where sources disagree on a field, the most
/// precise reading is shown and the others are kept as disagreements.
public enum Merger {
    public static func merge(_ articles: [ExtractedArticle]) -> Timeline {
        // Keys, combining, ids and the articles' copies are worked out on all cores; only the
        // grouping and the order are serial.
        let keys = ParallelMap.map(articles) { $0.events.map(mergeKey) }
        // Groups hold where each event is, not a copy of it: at 100,000 articles there are 500,000.
        var order: [String] = []
        var groups: [String: [(article: Int, event: Int)]] = [:]
        for (a, articleKeys) in keys.enumerated() {
            for (e, key) in articleKeys.enumerated() {
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append((a, e))
            }
        }
        let members = order.map { groups[$0]! }
        groups = [:]
        var merged = ParallelMap.map(members) { group in combine(group.map { articles[$0.article].events[$0.event] }) }
        merged.sort { a, b in
            a.date.start != b.date.start ? a.date.start < b.date.start : a.title < b.title
        }
        assignIDs(&merged)
        // Articles point at the merged events. Of its own reading an article keeps only what is its
        // own: whether the event is its main one, the date as it read it and the sentences it read
        // it from; the rest is the merged event's, shared rather than copied. An article's own full
        // copies were a quarter of a large build's memory (500,000 events for 113,000 merged ones at
        // 100,000 articles).
        // A merged event's key is its own, which an editor's kind or date can make differ from its
        // group's; an article's event whose key no merged event has stays as the article read it.
        var positionByKey: [String: Int] = [:]
        for (position, key) in ParallelMap.map(merged, mergeKey).enumerated() { positionByKey[key] = position }
        let shared = merged
        let updatedArticles = ParallelMap.map(Array(articles.indices)) { [positionByKey] a -> ExtractedArticle in
            var copy = articles[a]
            copy.events = zip(articles[a].events, keys[a]).map { event, key in
                guard let position = positionByKey[key] else { return event }
                var own = shared[position]
                own.primary = event.primary
                own.date = event.date
                own.sources = event.sources
                return own
            }
            return copy
        }
        return Timeline(articles: updatedArticles, events: merged)
    }

    static func mergeKey(_ event: Event) -> String {
        if let m = event.mechanism, let session = m.session {
            return "series|\(m.id)|\(session)|\(m.part ?? 0)"
        }
        return "event|\(event.kind)|\(event.countries.joined(separator: ","))|\(event.date.start)"
    }

    static func combine(_ events: [Event]) -> Event {
        // An editor's date leads (front matter wins); then the most precise, least inferred reading.
        let sorted = events.enumerated().sorted { a, b in
            let x = a.element.date, y = b.element.date
            let editedA = a.element.isEdited("date"), editedB = b.element.isEdited("date")
            if editedA != editedB { return editedA }
            if x.precision != y.precision { return x.precision > y.precision }
            if x.inferred != y.inferred { return !x.inferred }
            return a.offset < b.offset
        }.map(\.element)
        var result = sorted[0]
        for other in sorted.dropFirst() {
            for source in other.sources where !result.sources.contains(source) { result.sources.append(source) }
            if other.date.start != result.date.start, !result.date.start.hasPrefix(other.date.start) {
                result.disagreements.append(Disagreement(field: "date", value: other.date.start, article: other.sources.first?.article ?? ""))
            }
            if other.location != result.location, other.isEdited("location"), !result.isEdited("location") {
                // An editor's place wins; the reading it replaces stays visible as a disagreement.
                if let replaced = result.location {
                    result.disagreements.append(Disagreement(field: "location", value: replaced.city, article: result.sources.first?.article ?? ""))
                }
                result.location = other.location
            } else if other.location != result.location, let location = other.location {
                if result.location == nil { result.location = location } else {
                    result.disagreements.append(Disagreement(field: "location", value: location.city, article: other.sources.first?.article ?? ""))
                }
            }
            // An editor's list of co-chairs or topics is the whole list; readings of other articles add nothing to it.
            if other.isEdited("participants"), !result.isEdited("participants") {
                result.participants = other.participants
                result.evidence.removeAll { $0.field.hasPrefix("participant:") }
            } else if !result.isEdited("participants") {
                for p in other.participants where !result.participants.contains(where: { $0.name == p.name }) { result.participants.append(p) }
            }
            if other.isEdited("topics"), !result.isEdited("topics") {
                result.topics = other.topics
            } else if !result.isEdited("topics") {
                for t in other.topics where !result.topics.contains(where: { $0.id == t.id }) { result.topics.append(t) }
            }
            if other.isEdited("status"), !result.isEdited("status") { result.status = other.status }
            if other.isEdited("kind"), !result.isEdited("kind") { result.kind = other.kind }
            for e in other.evidence {
                if let i = result.evidence.firstIndex(where: { $0.field == e.field }) {
                    if e.isEdited, !result.evidence[i].isEdited { result.evidence[i] = e }
                } else if !e.field.hasPrefix("participant:") || result.participants.contains(where: { "participant:\($0.name)" == e.field }) {
                    result.evidence.append(e)
                }
            }
            if other.status == .held, !result.isEdited("status") { result.status = .held }
            result.primary = result.primary || other.primary
        }
        return result
    }

    /// An event's id before any "-2" that tells apart two events alike: what `correct_events: match:` names.
    static func baseID(_ event: Event) -> String {
        VietnameseText.slug("\(event.date.start) \(event.title)", maxLength: 90)
    }

    static func assignIDs(_ events: inout [Event]) {
        let bases = ParallelMap.map(events, baseID)
        var used: [String: Int] = [:]
        for index in events.indices {
            let base = bases[index]
            let count = used[base, default: 0]
            used[base] = count + 1
            events[index].id = count == 0 ? base : "\(base)-\(count + 1)"
        }
    }
}
