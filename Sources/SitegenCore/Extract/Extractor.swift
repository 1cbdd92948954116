import Foundation

/// Extract stage: reads the events of one cleaned article.
///
/// The primary event is the one the headline and lead report; its date, partner, series, venue,
/// principals and topics are read from the sentences that report it, each with that sentence kept
/// as the source. Readers are built once from the knowledge files and shared by all articles.
public struct Extractor: Sendable {
    let knowledge: Knowledge
    let countryReader: CountryReader
    let placeReader: PlaceReader
    let personReader: PersonReader
    let seriesReader: SeriesReader
    let cueReader: CueReader
    let dateResolver: DateResolver
    let meetingCues: PhraseIndex<Bool>
    let milestoneReader: MilestoneReader
    let coChairCue = TokenizedText("đồng chủ trì").tokens.map(\.folded)
    /// How many body sentences after the headline may carry the primary event.
    static let leadSentences = 4

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        countryReader = CountryReader(knowledge: knowledge)
        placeReader = PlaceReader(knowledge: knowledge)
        personReader = PersonReader(knowledge: knowledge)
        seriesReader = SeriesReader(knowledge: knowledge)
        cueReader = CueReader(knowledge: knowledge)
        dateResolver = DateResolver(tense: TenseReader(language: knowledge.language),
                                    anniversaries: AnniversaryReader(language: knowledge.language),
                                    relations: knowledge.relationsByCountry)
        meetingCues = PhraseIndex(knowledge.language.meeting_cues.map { ($0, true) })
        milestoneReader = MilestoneReader(knowledge: knowledge, cues: cueReader, series: seriesReader, places: placeReader,
                                          tense: dateResolver.tense, anniversaries: dateResolver.anniversaries,
                                          concurrent: PhraseIndex(knowledge.language.concurrent_cues.map { ($0, true) }),
                                          relationsVerbs: PhraseIndex(knowledge.language.relations_verbs.map { ($0, true) }),
                                          sameDay: PhraseIndex(knowledge.language.same_day_cues.map { ($0, true) }))
    }

    /// Reads the article's events, then applies the editor's front-matter corrections over them.
    public func extract(_ article: CleanArticle) -> ExtractedArticle {
        let read = read(article)
        guard !article.corrections.isEmpty else { return read }
        return CorrectionApplier(knowledge: knowledge, people: personReader, title: eventTitle).apply(article.corrections, to: read)
    }

    /// What the text says, before any correction.
    func read(_ article: CleanArticle) -> ExtractedArticle {
        let text = ArticleText(article: article, countryReader: countryReader, cueReader: cueReader, seriesReader: seriesReader,
                               anniversaryReader: dateResolver.anniversaries)
        var diagnostics: [Diagnostic] = []
        let leadEnd = min(text.sentences.count, Self.leadSentences + 1)
        let partner = countryReader.partner(in: text.tokenized, mentions: text.countries, leadCount: leadEnd)
        if partner == nil {
            let lead = Array(text.tokenized.prefix(leadEnd)), leadMentions = Array(text.countries.prefix(leadEnd))
            if let unknown = countryReader.unknownPartner(in: lead, mentions: leadMentions) {
                diagnostics.append(Diagnostic(.warning, file: article.path,
                                              "no partner country found: \"\(unknown)\", paired with Việt Nam, is not in countries.yaml", gap: .partner))
            } else {
                diagnostics.append(Diagnostic(.warning, file: article.path, "no partner country found", gap: .partner))
            }
        }
        var events: [Event] = []
        let primary = primaryEvent(article: article, text: text, partner: partner, diagnostics: &diagnostics)
        if let primary { events.append(primary) }
        events += milestoneReader.milestones(in: text, article: article, partner: partner, primary: primary)
        let displayTitle = article.title ?? events.first?.title ?? article.sentences.first.map { String($0.prefix(120)) } ?? article.id
        return ExtractedArticle(article: article, displayTitle: displayTitle, events: events, diagnostics: diagnostics)
    }

    // MARK: - Primary event

    func primaryEvent(article: CleanArticle, text: ArticleText, partner: String?, diagnostics: inout [Diagnostic]) -> Event? {
        let candidates = (text.hasTitle ? [0] : []) + Array(1..<min(text.sentences.count, Self.leadSentences + 1))
        let seriesMentions = candidates.flatMap { i in text.series[i].map { (i, $0) } }
        // The kind: from the first lead sentence naming a kind of event or a dialogue series. A named
        // series says more than a generic cue, except a phone call, which may be about a series.
        guard let (kindSentence, kind) = candidates.lazy.compactMap({ i -> (Int, EventKind)? in
            let cue = self.cueReader.kind(in: text.tokenized[i], primaryOnly: true)
            if let named = seriesMentions.first(where: { $0.0 == i })?.1,
               let seriesKind = self.knowledge.kindByID[named.series.kind ?? "dialogue"], cue?.kind.id != "phone-call" {
                return (i, seriesKind)
            }
            return cue.map { (i, $0.kind) }
        }).first ?? candidates.lazy.compactMap({ i in
            // An article only about a milestone ("Việt Nam và X nâng cấp quan hệ …") is about that milestone.
            self.cueReader.kind(in: text.tokenized[i], primaryOnly: false).map { (i, $0.kind) }
        }).first ?? pinnedKind(article, text: text, sentences: candidates) else {
            diagnostics.append(Diagnostic(.warning, file: article.path, "no event found in the headline or lead", gap: .event))
            return nil
        }
        let series = seriesMentions.first { ($0.1.series.kind ?? "dialogue") == kind.id }?.1
        let sameSeries = seriesMentions.filter { $0.1.series.id == series?.series.id }
        let session = sameSeries.lazy.compactMap(\.1.session).first
        let part = sameSeries.lazy.compactMap(\.1.part).first

        // The anchor: the first lead sentence that reports this kind of event with a date.
        let reportsEvent: (Int) -> Bool = { i in
            text.kinds[i].contains { $0.kind.id == kind.id }
                || seriesMentions.contains { $0.0 == i && series != nil }
        }
        let anchor = candidates.first { i in reportsEvent(i) && eventDateMention(in: text, sentence: i) != nil } ?? kindSentence
        let mention = eventDateMention(in: text, sentence: anchor, near: eventCue(in: text, sentence: anchor, kind: kind, series: series))
        guard let date = dateResolver.resolve(mention, in: text, anchor: anchor, published: article.published, partner: partner)
                ?? pinnedDate(article) else {
            diagnostics.append(Diagnostic(.warning, file: article.path, "the date of the main event could not be established; the event is left out",
                                          gap: .date))
            return nil
        }

        let countries = partner.map { [$0] } ?? []
        var mechanism: Mechanism?
        if let series, let partner, let country = knowledge.countryByCode[partner] {
            mechanism = Mechanism(series: series.series, partner: country, session: session, part: part)
        }
        func source(_ i: Int) -> EventSource { EventSource(article: article.id, sentence: text.sentences[i], sentenceIndex: i) }
        var evidence: [FieldSource] = []
        if mention != nil { evidence.append(FieldSource(field: "date", source: source(anchor))) }
        if let partner, let i = text.indices.first(where: { i in text.countries[i].contains { $0.code == partner } }) {
            evidence.append(FieldSource(field: "countries", source: source(i)))
        }
        if mechanism != nil, let i = sameSeries.first?.0 { evidence.append(FieldSource(field: "mechanism", source: source(i))) }
        var location: Location?
        if kind.id != "phone-call" {
            // A venue in the partner country or at home beats a third country's city named on the way.
            let local = Set(countries + [knowledge.homeCountry?.code ?? "VN"])
            let venues = ([anchor] + candidates).compactMap { i in placeReader.venue(in: text.tokenized[i], preferring: local).map { (i, $0) } }
            // A third country's city counts only when the sentence reporting the event names it.
            let venue = venues.first { local.contains($0.1.country) }
                ?? placeReader.venue(in: text.tokenized[anchor], preferring: local).map { (anchor, $0) }
            if let (i, place) = venue {
                location = Location(city: place.city, country: place.country)
                evidence.append(FieldSource(field: "location", source: source(i)))
            }
            // "thăm chính thức Xinh-ga-po" with no city named: the visit is to the capital.
            if location == nil, kind.id == "visit", let partner, let (i, capital) = capitalVisited(partner, in: text, sentences: [anchor] + candidates) {
                location = capital
                evidence.append(FieldSource(field: "location", source: source(i)))
            }
        }
        let principalsFound = principals(text: text, anchor: anchor, kind: kind.id, partner: partner)
        let participants = principalsFound.map(\.0)
        evidence += principalsFound.map { FieldSource(field: "participant:\($0.0.name)", source: source($0.1)) }
        let topics = topicEvidence(text: text)
        let title = eventTitle(kind: kind, mechanism: mechanism, partner: partner)
        let status: Event.Status = mention.map { dateResolver.tense.tense(of: $0, in: text.tokenized[anchor]) == .future } == true ? .planned : .held
        return Event(title: title, kind: kind.id, status: status, date: date, countries: countries, mechanism: mechanism,
                     location: location, participants: participants, topics: topics, primary: true,
                     sources: [source(anchor)], evidence: evidence)
    }

    /// When the text names no kind of event but the editor's `correct: kind:` does, the main event
    /// is that kind, reported by the first lead sentence with a date (or the first lead sentence).
    func pinnedKind(_ article: CleanArticle, text: ArticleText, sentences: [Int]) -> (Int, EventKind)? {
        guard let written = article.corrections.primary?.kind?.value, let first = sentences.first,
              let id = CorrectionNames(knowledge: knowledge).kind(written), let kind = knowledge.kindByID[id] else { return nil }
        return (sentences.first { eventDateMention(in: text, sentence: $0) != nil } ?? first, kind)
    }

    /// When the text gives no usable date but the editor's `correct: date:` does, the main event is
    /// kept with that date (the correction marks it as edited afterwards).
    func pinnedDate(_ article: CleanArticle) -> EventDate? {
        article.corrections.primary?.date.map { EventDate(edited: $0.value, line: $0.line) }
    }

    /// The capital of the partner when a lead sentence says the visit is to that country.
    func capitalVisited(_ partner: String, in text: ArticleText, sentences: [Int]) -> (Int, Location)? {
        guard let country = knowledge.countryByCode[partner], let capital = country.capital,
              let place = knowledge.places.first(where: { $0.city == capital && $0.country == partner }) else { return nil }
        for i in sentences {
            let visits = text.kinds[i].filter { $0.kind.id == "visit" }
            let named = text.countries[i].filter { $0.code == partner }
            if visits.contains(where: { v in named.contains { $0.tokens.lowerBound >= v.tokens.upperBound && $0.tokens.lowerBound <= v.tokens.upperBound + 3 } }) {
                return (i, Location(city: place.city, country: place.country))
            }
        }
        return nil
    }

    /// The date written with an event: a day, month or relative day, not a year mentioned in passing.
    func eventDateMention(in text: ArticleText, sentence: Int, near cue: Range<Int>? = nil) -> DateMention? {
        let tokens = text.tokenized[sentence]
        let usable = text.dates[sentence].filter { m in
            guard !m.isPeriod, !m.isBareYear else { return false }
            // "Chiều 26/9 (giờ địa phương), tức rạng sáng nay (27/9)": the second date restates the first.
            if let t = tokens.tokenIndex(atOffset: m.start), tokens.tokens[max(0, t - 4)..<t].contains(where: { $0.folded == "tức" }) { return false }
            if case .year? = m.relative { return false }
            if m.relative != nil { return true }
            return m.month != nil
        }
        // "Trong khuôn khổ chuyến công tác từ ngày 11 đến 13/12, … hôm thứ Năm đã đồng chủ trì Đối thoại":
        // the date nearest the words that report the event is the event's.
        guard let cue, usable.count > 1 else { return usable.first }
        func distance(_ m: DateMention) -> Int {
            guard let t = tokens.tokenIndex(atOffset: m.start) else { return Int.max }
            return t < cue.lowerBound ? cue.lowerBound - t : max(0, t - cue.upperBound)
        }
        return usable.min { distance($0) < distance($1) }
    }

    /// Where the words reporting the event are in a sentence: its series name or kind cue.
    func eventCue(in text: ArticleText, sentence: Int, kind: EventKind, series: SeriesMention?) -> Range<Int>? {
        if let series, let m = text.series[sentence].first(where: { $0.series.id == series.series.id }) {
            return m.tokens
        }
        return text.kinds[sentence].first { $0.kind.id == kind.id }?.tokens
    }

    func eventTitle(kind: EventKind, mechanism: Mechanism?, partner: String?) -> String {
        if let mechanism {
            return mechanism.session.map { "\(mechanism.name) lần thứ \($0)" } ?? mechanism.name
        }
        let partnerName = partner.flatMap { knowledge.countryByCode[$0]?.name }
        return partnerName.map { "\(kind.label_vi) Việt Nam - \($0)" } ?? kind.label_vi
    }

    // MARK: - People

    /// Co-chairs and principals. An explicit "đồng chủ trì" near the lead names them; for calls,
    /// talks and meetings the people of the lead sentence are the principals; otherwise the first
    /// Vietnamese and the first partner official who speak for their side in the article.
    func principals(text: ArticleText, anchor: Int, kind: String, partner: String?) -> [(Participant, Int)] {
        func place(_ person: PersonMention) -> String? { person.country ?? partner }
        func chair(_ person: PersonMention, _ sentence: Int) -> (Participant, Int) {
            (Participant(name: person.name, title: person.title, country: place(person), role: .coChair), sentence)
        }
        let window = Array(anchor..<min(text.sentences.count, anchor + 3))
        for i in window {
            let tokens = text.tokenized[i].tokens
            guard let cue = tokens.indices.first(where: { k in
                k + coChairCue.count <= tokens.count && (0..<coChairCue.count).allSatisfy { tokens[k + $0].folded == coChairCue[$0] }
            }) else { continue }
            let people = personReader.people(in: text.tokenized[i])
            let chairs = people.filter { $0.tokens.upperBound <= cue }
            let chosen = chairs.isEmpty ? people : chairs
            if chosen.count >= 1 {
                return chosen.map { chair($0, i) }
            }
        }
        if ["phone-call", "talks", "meeting"].contains(kind) {
            let people = personReader.people(in: text.tokenized[anchor])
            if !people.isEmpty {
                return people.map { chair($0, anchor) }
            }
        }
        let homeCode = knowledge.homeCountry?.code ?? "VN"
        // The lead sentence naming one official of each side names the principals.
        let lead = personReader.people(in: text.tokenized[anchor])
        if let mine = lead.first(where: { place($0) == homeCode }), let theirs = lead.first(where: { place($0) != homeCode && place($0) != nil }) {
            return [mine, theirs].map { chair($0, anchor) }
        }
        var home: (PersonMention, Int)?
        var foreign: (PersonMention, Int)?
        for i in text.indices {
            let sentence = text.tokenized[i]
            let meetings = meetingCues.hits(in: sentence).map(\.range.lowerBound)
            for person in personReader.people(in: sentence) {
                if meetings.contains(where: { $0 < person.tokens.lowerBound }) { continue }
                if isDatedElsewhere(person, in: sentence, dates: text.dates[i]) { continue }
                if place(person) == homeCode { home = home ?? (person, i) } else { foreign = foreign ?? (person, i) }
            }
        }
        return [home, foreign].compactMap { $0 }.map { chair($0.0, $0.1) }
    }

    /// A person whose own action carries a year nearby ("Mattis thăm Việt Nam … trong năm 2018")
    /// belongs to another event.
    func isDatedElsewhere(_ person: PersonMention, in sentence: TokenizedText, dates: [DateMention]) -> Bool {
        let after = person.tokens.upperBound
        guard after < sentence.tokens.count else { return false }
        let from = sentence.tokens[after].start
        let limitToken = min(sentence.tokens.count - 1, after + 12)
        var to = sentence.tokens[limitToken].end
        if let stop = sentence.tokens[after...limitToken].first(where: { $0.text == ";" }) { to = stop.start }
        return dates.contains { $0.year != nil && $0.start >= from && $0.start < to }
    }

    // MARK: - Topics

    func topicEvidence(text: ArticleText) -> [TopicEvidence] {
        var firstSentence: [String: String] = [:]
        for i in text.indices {
            for topic in cueReader.topics(in: text.tokenized[i]) where firstSentence[topic] == nil {
                firstSentence[topic] = text.sentences[i]
            }
        }
        return knowledge.topics.compactMap { topic in firstSentence[topic.id].map { TopicEvidence(id: topic.id, sentence: $0) } }
    }
}
