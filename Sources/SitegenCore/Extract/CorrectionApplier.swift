/// The last step of the extract stage: the editor's front-matter corrections replace what the text
/// gave. Front matter wins: each corrected field's evidence becomes its front-matter line instead of
/// a sentence, so the event page, `events.json`, `sitegen extract` and `sitegen check` can say the
/// fact was edited, and merging then uses the corrected values as keys.
///
/// A correction naming something the data files do not know (a country, place, topic, kind or
/// series) is an error naming the file and line; that field keeps what extraction read.
struct CorrectionApplier {
    let knowledge: Knowledge
    let people: PersonReader
    /// The title a main event gets from its kind, series and partner (the extractor's rule), so a
    /// corrected kind or series shows in the title too.
    let title: (EventKind, Mechanism?, String?) -> String

    private var names: CorrectionNames { CorrectionNames(knowledge: knowledge) }

    func apply(_ corrections: Corrections, to read: ExtractedArticle) -> ExtractedArticle {
        var result = read
        var diagnostics: [Diagnostic] = []
        let path = read.article.path
        if let notEvent = corrections.notEvent, notEvent.value {
            // The editor has decided: what extraction could not find no longer matters.
            result.events = []
            result.diagnostics.removeAll { $0.gap != nil }
            if corrections.primary != nil || !corrections.others.isEmpty {
                result.diagnostics.append(Diagnostic(.warning, file: path, line: notEvent.line,
                                                     "not_event: true drops every event, so the other corrections are not used"))
            }
            return result
        }
        var dropped = Set<Int>()
        if let primary = corrections.primary {
            if let i = result.events.firstIndex(where: \.primary) {
                if primary.notEvent?.value == true { dropped.insert(i) }
                result.events[i] = correct(result.events[i], with: primary, article: read.article, diagnostics: &diagnostics)
                if !result.events[i].countries.isEmpty { result.diagnostics.removeAll { $0.gap == .partner } }
            } else {
                diagnostics.append(Diagnostic(.error, file: path, line: primary.line,
                    "correct: the article has no main event to correct; give kind: and date: so that one is made from the lead"))
            }
        }
        for other in corrections.others {
            guard let match = other.match else { continue }
            let hits = read.events.indices.filter { Self.matches(read.events[$0], match.value) }
            guard hits.count == 1, let i = hits.first else {
                let message = hits.isEmpty
                    ? "match \"\(match.value)\" names no event of this article; use a sentence anchor (s4) or an event id as `sitegen extract` shows them"
                    : "match \"\(match.value)\" names \(hits.count) events (\(hits.map { Merger.baseID(read.events[$0]) }.joined(separator: ", "))); use the event id"
                diagnostics.append(Diagnostic(.error, file: path, line: match.line, message))
                continue
            }
            if other.notEvent?.value == true { dropped.insert(i) }
            result.events[i] = correct(result.events[i], with: other, article: read.article, diagnostics: &diagnostics)
        }
        result.events = result.events.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        result.displayTitle = read.article.title ?? result.events.first?.title ?? read.displayTitle
        result.diagnostics += diagnostics
        return result
    }

    /// `s4` names the event read from sentence 4; anything else is an event id as `extract` prints it.
    static func matches(_ event: Event, _ match: String) -> Bool {
        if match.first == "s", let n = Int(match.dropFirst()) { return event.sources.first?.sentenceIndex == n }
        return Merger.baseID(event) == match
    }

    func correct(_ event: Event, with c: EventCorrection, article: CleanArticle, diagnostics: inout [Diagnostic]) -> Event {
        var e = event
        var retitle = false
        func edited(_ field: String, _ line: Int) {
            e.evidence.removeAll { $0.field == field }
            e.evidence.append(.edited(field, article: article.id, line: line))
        }
        func error(_ line: Int, _ message: String) { diagnostics.append(Diagnostic(.error, file: article.path, line: line, message)) }

        if let date = c.date {
            e.date = EventDate(edited: date.value, line: date.line)
            edited("date", date.line)
        }
        if let kind = c.kind {
            if let id = names.kind(kind.value) {
                retitle = retitle || id != e.kind
                e.kind = id
                edited("kind", kind.line)
            } else {
                error(kind.line, "unknown kind \"\(kind.value)\"; the kinds are listed in data/kinds.yaml: \(knowledge.kinds.map(\.id).joined(separator: ", "))")
            }
        }
        if let status = c.status, let value = Event.Status(rawValue: status.value) {
            e.status = value
            edited("status", status.line)
        }
        if let countries = c.countries {
            let codes = countries.value.map { ($0, names.country($0)) }
            let home = knowledge.homeCountry?.code ?? "VN"
            if let unknown = codes.first(where: { $0.1 == nil }) {
                error(countries.line, "unknown country \"\(unknown.0)\"; write a code, name or alias from data/countries.yaml (or add it there)")
            } else if codes.isEmpty || codes.contains(where: { $0.1 == home }) {
                error(countries.line, "countries lists the partner countries: at least one, and not Việt Nam itself")
            } else {
                let newCountries = codes.compactMap(\.1)
                if let m = e.mechanism, newCountries.first != e.countries.first, let partner = newCountries.first {
                    e.mechanism = rekeyed(m, from: e.countries.first, to: partner)
                }
                retitle = retitle || newCountries != e.countries
                e.countries = newCountries
                edited("countries", countries.line)
            }
        }
        if let series = c.series {
            if let written = series.value {
                if let known = names.series(written) {
                    if let partner = e.countries.first.flatMap({ knowledge.countryByCode[$0] }) {
                        e.mechanism = Mechanism(series: known, partner: partner, session: e.mechanism?.session, part: e.mechanism?.part)
                        edited("mechanism", series.line)
                        retitle = true
                    } else {
                        error(series.line, "series needs the partner country, which is not known; add countries:")
                    }
                } else {
                    error(series.line, "unknown series \"\(written)\"; the series are listed in data/series.yaml (e.g. \(CorrectionNames.examples(knowledge.series.map(\.id))))")
                }
            } else {
                e.mechanism = nil
                edited("mechanism", series.line)
                retitle = true
            }
        }
        if let session = c.session {
            if e.mechanism != nil {
                e.mechanism!.session = session.value
                if !e.isEdited("mechanism") { edited("mechanism", session.line) }
                retitle = true
            } else {
                error(session.line, "session needs a series; add series:")
            }
        }
        if let place = c.place {
            if let written = place.value {
                if let known = names.place(written) {
                    e.location = Location(city: known.city, country: known.country)
                    edited("location", place.line)
                } else {
                    error(place.line, "unknown place \"\(written)\"; add it to data/places.yaml (city, country, aliases)")
                }
            } else {
                e.location = nil
                edited("location", place.line)
            }
        }
        if let chairs = c.coChairs {
            var participants: [Participant] = []
            for person in chairs.value {
                switch participant(person, partner: e.countries.first) {
                case .success(let p): participants.append(p)
                case .failure(let problem): error(chairs.line, problem.message)
                }
            }
            if participants.count == chairs.value.count {
                e.participants = participants
                e.evidence.removeAll { $0.field.hasPrefix("participant:") }
                edited("participants", chairs.line)
                for p in participants { edited("participant:\(p.name)", chairs.line) }
            }
        }
        if let topics = c.topics {
            let ids = topics.value.map { ($0, names.topic($0)) }
            if let unknown = ids.first(where: { $0.1 == nil }) {
                error(topics.line, "unknown topic \"\(unknown.0)\"; the topics are listed in data/topics.yaml: \(knowledge.topics.map(\.id).joined(separator: ", "))")
            } else {
                let chosen = Set(ids.compactMap(\.1))
                // A topic the text also names keeps its sentence; one only the editor gives has none.
                e.topics = knowledge.topics.filter { chosen.contains($0.id) }.map { topic in
                    e.topics.first { $0.id == topic.id } ?? TopicEvidence(id: topic.id, sentence: "")
                }
                edited("topics", topics.line)
            }
        }
        if retitle, e.primary, let kind = knowledge.kindByID[e.kind] {
            e.title = title(kind, e.mechanism, e.countries.first)
        }
        return e
    }

    /// The same series held with another partner: "vn-gb-strategic-dialogue" becomes "vn-jp-strategic-dialogue".
    func rekeyed(_ m: Mechanism, from old: String?, to partner: String) -> Mechanism {
        guard let country = knowledge.countryByCode[partner] else { return m }
        let prefix = "vn-\((old ?? "").lowercased())-"
        let seriesID = m.id.hasPrefix(prefix) ? String(m.id.dropFirst(prefix.count)) : m.id
        if let listed = knowledge.series.first(where: { $0.id == seriesID }) {
            return Mechanism(series: listed, partner: country, session: m.session, part: m.part)
        }
        // A series the text named but the data file does not list keeps its written name.
        let oldSuffix = old.flatMap { knowledge.countryByCode[$0] }.map { " Việt Nam - \($0.name)" } ?? ""
        let name = oldSuffix.isEmpty || !m.name.hasSuffix(oldSuffix) ? m.name : String(m.name.dropLast(oldSuffix.count))
        return Mechanism(series: DialogueSeries(id: seriesID, name: name, name_en: nil, kind: nil, cues: []), partner: country,
                         session: m.session, part: m.part)
    }

    struct PersonProblem: Error { var message: String }

    /// A co-chair from "Title Name" (read with the title lexicon) or from `{name, title, country}`.
    func participant(_ person: PersonCorrection, partner: String?) -> Result<Participant, PersonProblem> {
        if let written = person.written {
            let text = TokenizedText(written)
            let found = people.people(in: text)
            guard found.count == 1, let mention = found.first, mention.tokens == 0..<text.tokens.count else {
                return .failure(PersonProblem(message:
                    "cannot tell the title from the name in \"\(written)\"; write it as {name: …, title: …, country: …}"))
            }
            return .success(Participant(name: mention.name, title: mention.title, country: mention.country ?? partner, role: .coChair))
        }
        let name = person.name ?? ""
        var country: String?
        if let written = person.country {
            guard let code = names.country(written) else {
                return .failure(PersonProblem(message: "unknown country \"\(written)\" for \(name); write a code, name or alias from data/countries.yaml"))
            }
            country = code
        } else {
            // As in the text: a Vietnamese family name places the person at home, anyone else with the partner.
            let surname = name.split(separator: " ").first.map(String.init) ?? ""
            country = knowledge.titles.vietnamese_surnames.contains(surname) ? (knowledge.homeCountry?.code ?? "VN") : partner
        }
        return .success(Participant(name: name, title: person.title ?? "", country: country, role: .coChair))
    }
}
