/// Reads the milestones an article mentions in passing — earlier signings, visits, port calls,
/// upgrades of relations, anniversaries, the next session of a series — as their own events
/// (`primary: false`), each with the sentence it came from.
///
/// A milestone needs an explicit year in the text (or a relations milestone whose date the
/// reference data holds): a milestone whose year would have to be guessed is left out.
struct MilestoneReader {
    let knowledge: Knowledge
    let cues: CueReader
    let series: SeriesReader
    let places: PlaceReader
    let tense: TenseReader
    let anniversaries: AnniversaryReader
    let concurrent: PhraseIndex<Bool>
    let relationsVerbs: PhraseIndex<Bool>
    let sameDay: PhraseIndex<Bool>
    var ordinals: OrdinalReader { anniversaries.ordinals }
    /// How far (in tokens) a kind cue may be from the date it goes with.
    static let reach = 14
    static let leadingFiller: Set<String> = ["việc", "là", "và", "cùng", "cả", "các", "những", "đó", "nhân", "trong", "khuôn", "khổ", "dịp", "bên", "lề"]
    static let trailingFiller: Set<String> = ["vào", "trong", "năm", "hồi", "ngày", "tháng", "từ", "hai", "lần", ",", "(", "tại", "ở", "cuối", "đầu", "giữa", "dịp", "ký", "được", ".", "!", "?"]

    func milestones(in text: ArticleText, article: CleanArticle, partner: String?, primary: Event?) -> [Event] {
        guard let partner, let partnerCountry = knowledge.countryByCode[partner] else { return [] }
        let home = knowledge.homeCountry?.code ?? "VN"
        var found: [Event] = []
        var seen = Set<String>()
        // "Now" for dates without a year: the publication date, else the main event's date.
        let now: (year: Int, month: Int?, day: Int?)? = (article.published ?? primary?.date.start).flatMap(Self.parts)
        func add(_ event: Event) {
            var event = event
            // A milestone is read from one sentence: it carries every field.
            if event.evidence.isEmpty, let source = event.sources.first {
                event.evidence = ["date", "countries"].map { FieldSource(field: $0, source: source) }
                    + (event.location != nil ? [FieldSource(field: "location", source: source)] : [])
                    + (event.mechanism != nil ? [FieldSource(field: "mechanism", source: source)] : [])
            }
            // A relations milestone is one event whichever sentence or date form names it.
            let key = event.kind == "relations" ? "relations|\(event.title)"
                : "\(event.kind)|\(event.date.start)|\(event.mechanism?.session ?? 0)|\(event.mechanism?.part ?? 0)"
            guard seen.insert(key).inserted else { return }
            if let primary, event.kind == primary.kind, event.mechanism == primary.mechanism, event.date.start == primary.date.start { return }
            found.append(event)
        }
        for index in text.indices.dropFirst() {
            let sentence = text.tokenized[index]
            let source = [EventSource(article: article.id, sentence: text.sentences[index], sentenceIndex: index)]
            // Other sessions of a series: "Đối thoại … lần thứ 11 sẽ diễn ra tại Hà Nội vào năm 2020".
            for mention in text.series[index] where mention.session != nil {
                guard mention.session != primary?.mechanism?.session || mention.part != primary?.mechanism?.part,
                      let date = nearestYearDate(to: mention.tokens, in: text, sentence: index) else { continue }
                var mechanism = Mechanism(id: "vn-\(partner.lowercased())-\(mention.series.id)",
                                          name: "\(mention.series.name) Việt Nam - \(partnerCountry.name)", session: mention.session, part: mention.part)
                // "Kỳ họp lần thứ 9 của Ủy ban hỗn hợp" is the series the main event names in full.
                if let own = primary?.mechanism, own.id != mechanism.id,
                   VietnameseText.fold(own.name).hasPrefix(VietnameseText.fold(mention.series.name)) {
                    mechanism = Mechanism(id: own.id, name: own.name, session: mention.session, part: mention.part)
                }
                let status = statusOf(date.mention, in: sentence)
                var title = "\(mechanism.name) lần thứ \(mention.session!)"
                if let part = mention.part { title += ", phiên thứ \(part)" }
                add(Event(title: title, kind: mention.series.kind ?? "dialogue", status: status, date: date.date, countries: [partner], mechanism: mechanism,
                          location: places.venue(in: sentence).map { Location(city: $0.city, country: $0.country) },
                          primary: false, sources: source))
            }
            // Anniversaries of relations milestones, and the milestones themselves from the reference data.
            for a in text.anniversaries[index] {
                guard let reference = referenceDate(a.milestone, partner: partner) else { continue }
                let quote = sentence.span(a.tokens)
                if let event = relationsEvent(a.milestone, quote: quote, stated: nil, partner: partnerCountry, source: source) { add(event) }
                if a.isCelebration, let baseYear = Int(reference.date.prefix(4)) {
                    let year = baseYear + a.years
                    let span = sentence.tokens[a.tokens.lowerBound].start..<sentence.tokens[a.tokens.upperBound - 1].end
                    let status: Event.Status = tense.tense(ofSpan: span, in: sentence) == .future ? .planned : .held
                    add(Event(title: "Kỷ niệm \(a.years) năm \(Self.milestoneNoun(a.milestone)) Việt Nam - \(partnerCountry.name)",
                              kind: "anniversary", status: status,
                              date: EventDate(start: String(format: "%04d", year), precision: .year, inferred: true,
                                              basis: "“\(quote)”: \(baseYear) + \(a.years) năm"),
                              countries: [partner], primary: false, sources: source))
                }
            }
            // "nâng cấp quan hệ lên Đối tác chiến lược toàn diện": a relations milestone stated without a date.
            for statement in relationsStatements(in: sentence, anniversaries: text.anniversaries[index]) {
                // The year written next to the milestone ("Đối tác chiến lược (năm 2013)"), if any.
                let stated = text.dates[index].filter { $0.year != nil && !$0.isPeriod && ($0.endYear == nil || $0.endYear == $0.year) }
                    .compactMap { m in sentence.tokenIndex(atOffset: m.start).map { (m, $0) } }
                    .filter { m in
                        let after = m.1 >= statement.tokens.upperBound - 1
                        return sentence.tokens[Self.gap(statement.tokens, m.1)].filter(\.isWord).count <= (after ? 12 : 16)
                    }
                    .filter { !crossesClause(statement.tokens, $0.1, in: sentence) }
                    .min { abs($0.1 - statement.tokens.upperBound) < abs($1.1 - statement.tokens.upperBound) }?.0
                if let event = relationsEvent(statement.milestone, quote: sentence.span(statement.tokens), stated: stated,
                                              partner: partnerCountry, source: source) { add(event) }
            }
            // "trong khuôn khổ chuyến thăm …": a visit or meeting the main event was part of, so of the same time.
            if let primary, let hit = concurrentEvent(in: sentence, kinds: text.kinds[index]), hit.kind != primary.kind,
               !text.dates[index].contains(where: { m in
                   guard m.year != nil || m.month != nil, let t = sentence.tokenIndex(atOffset: m.start), t > hit.cue.upperBound else { return false }
                   return !sentence.tokens[hit.cue.upperBound..<t].contains { [",", ";"].contains($0.text) }
               }) {
                let date = EventDate(start: String(primary.date.start.prefix(primary.date.precision == .year ? 4 : 7)),
                                     precision: primary.date.precision == .year ? .year : .month, inferred: true,
                                     basis: "sự kiện chính diễn ra trong dịp này (“\(sentence.span(hit.cue))”); \(primary.date.basis)")
                let title = title(phrase(around: hit.event, until: sentence.tokens.count, in: sentence), kind: hit.kind, partner: partnerCountry)
                add(Event(title: title, kind: hit.kind, status: primary.status, date: date, countries: [partner], primary: false, sources: source))
            }
            // "Cùng ngày, Chủ tịch nước … tiếp …": another event on the main event's day.
            if let primary, index != primary.sources.first?.sentenceIndex, let cue = sameDay.hits(in: sentence).first,
               let hit = text.kinds[index].first(where: { ($0.kind.primary ?? true) && $0.kind.id != primary.kind }) {
                var date = primary.date
                date.basis = "“\(sentence.span(cue.range))”: cùng ngày với sự kiện chính; \(primary.date.basis)"
                let title = title(phrase(around: hit.tokens, until: sentence.tokens.count, in: sentence), kind: hit.kind.id, partner: partnerCountry)
                add(Event(title: title, kind: hit.kind.id, status: primary.status, date: date, countries: [partner], primary: false, sources: source))
            }
            // Any other dated event: a kind cue near a date with a year.
            let anniversaryTokens = text.anniversaries[index].map(\.tokens)
            func coveredByAnniversary(_ tokens: Range<Int>) -> Bool { anniversaryTokens.contains { $0.overlaps(tokens) } }
            let kindHits = text.kinds[index]
            // "Trong khuôn khổ chuyến thăm, ngày 13/4, … hội đàm": the visit frames the date, the talks own it.
            let concurrentSpans = concurrent.hits(in: sentence).map { hit in
                hit.range.lowerBound..<min(sentence.tokens.count, hit.range.upperBound + 2)
            }
            let otherCountries = text.countries[index].filter { $0.code != home && $0.code != partner }
            // Spans over several years ("(11/9/1973-11/9/2023)") mark anniversaries, read above.
            for mention in text.dates[index] where !mention.isPeriod
                && (mention.endYear == nil || mention.endYear == mention.year)
                && (mention.year != nil || (now != nil && Self.isDatable(mention))) {
                guard let mentionToken = sentence.tokenIndex(atOffset: mention.start) else { continue }
                let candidates = kindHits.filter { hit in
                    let between = Self.gap(hit.tokens, mentionToken)
                    // Distance in words: punctuation and the hyphens of transliterations do not count.
                    let distance = sentence.tokens[between].filter(\.isWord).count
                    return distance <= Self.reach && !crossesClause(hit.tokens, mentionToken, in: sentence)
                        && !concurrentSpans.contains { $0.overlaps(hit.tokens) }
                }
                // A cue before the date names what happened then ("Bản ghi nhớ … năm 2011"); one after it rarely does.
                let before = candidates.filter { $0.tokens.upperBound <= mentionToken && !coveredByAnniversary($0.tokens) }
                let after = candidates.filter { $0.tokens.upperBound > mentionToken && !coveredByAnniversary($0.tokens) }
                guard let hit = before.max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })
                    ?? after.min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) else { continue }
                // A bare year counts only as part of an event's name ("Triển lãm Thế giới Expo 2025").
                if mention.isBareYear, !(hit.tokens.upperBound <= mentionToken && mentionToken - hit.tokens.upperBound <= 4) { continue }
                // The primary event's own date in its own sentence is not a second event.
                if index == primary?.sources.first?.sentenceIndex, hit.kind.id == primary?.kind || Self.date(from: mention).start == primary?.date.start { continue }
                if hit.kind.id == "dialogue", text.series[index].contains(where: { $0.session != nil }) { continue }
                // A date about someone else's relations ("giữa ASEAN và Trung Quốc năm 2002") is not a milestone with this partner.
                if otherCountries.contains(where: { abs($0.tokens.lowerBound - mentionToken) <= Self.reach }) { continue }
                var date: EventDate
                if mention.year != nil {
                    date = Self.date(from: mention)
                } else if let now, let resolved = Self.resolve(mention, now: now, tense: mention.relative != nil ? tense.tense(of: mention, in: sentence)
                                                                    : article.published != nil ? tense.tense(ofSpan: mention.start..<mention.end, in: sentence) : nil) {
                    date = resolved
                } else { continue }
                // An upgrade or establishment of relations is dated by the reference data, which the text only echoes.
                if hit.kind.id == "relations", let milestone = relationsMilestone(in: sentence) {
                    if let event = relationsEvent(milestone, quote: mention.text, stated: mention.year != nil ? mention : nil,
                                                  partner: partnerCountry, source: source) { add(event) }
                    continue
                }
                // "Đối thoại lần thứ 7 tổ chức tại Hà Nội năm 2019": another session of the main event's series.
                if hit.kind.id == primary?.kind, let mechanism = primary?.mechanism,
                   let session = (hit.tokens.upperBound..<min(sentence.tokens.count, hit.tokens.upperBound + 3)).lazy
                       .compactMap({ self.ordinals.ordinal(after: "lần", at: $0, in: sentence.tokens)?.value }).first,
                   session != mechanism.session {
                    let other = Mechanism(id: mechanism.id, name: mechanism.name, session: session)
                    add(Event(title: "\(other.name) lần thứ \(session)", kind: hit.kind.id, status: statusOf(mention, in: sentence), date: date,
                              countries: [partner], mechanism: other,
                              location: places.venue(in: sentence).map { Location(city: $0.city, country: $0.country) },
                              primary: false, sources: source))
                    continue
                }
                let title = title(phrase(around: hit.tokens, until: mentionToken, in: sentence), kind: hit.kind.id, partner: partnerCountry)
                add(Event(title: title,
                          kind: hit.kind.id, status: statusOf(mention, in: sentence), date: date, countries: [partner],
                          location: hit.kind.id == "visit" ? nil : places.venue(in: sentence).map { Location(city: $0.city, country: $0.country) },
                          primary: false, sources: source))
            }
        }
        return found
    }

    // MARK: - Helpers

    /// The words of the text when they say more than the cue itself, else "<kind> Việt Nam - <partner>".
    func title(_ phrase: String, kind: String, partner: Country) -> String {
        if VietnameseText.wordCount(phrase) > 2 { return Self.capitalized(phrase) }
        let label = knowledge.kindByID[kind]?.label_vi ?? kind
        return "\(label) Việt Nam - \(partner.name)"
    }

    /// A kind cue right after a phrase such as "trong khuôn khổ" or "nhân chuyến".
    func concurrentEvent(in sentence: TokenizedText, kinds: [(kind: EventKind, tokens: Range<Int>)]) -> (kind: String, cue: Range<Int>, event: Range<Int>)? {
        for hit in concurrent.hits(in: sentence) {
            if let kind = kinds.first(where: { $0.tokens.lowerBound >= hit.range.upperBound - 1 && $0.tokens.lowerBound <= hit.range.upperBound + 1 }),
               ["visit", "conference", "summit", "meeting"].contains(kind.kind.id) {
                return (kind.kind.id, hit.range, kind.tokens)
            }
        }
        return nil
    }

    /// A relations milestone event: dated as the text states it when it gives a year, else from the
    /// reference data; without either it is left out.
    func relationsEvent(_ milestone: String, quote: String, stated: DateMention?, partner: Country, source: [EventSource]) -> Event? {
        let date: EventDate
        if let stated, stated.year != nil {
            date = Self.date(from: stated)
        } else if let reference = referenceDate(milestone, partner: partner.code) {
            date = EventDate(start: reference.date, precision: Self.precision(of: reference.date), inferred: true,
                             basis: "bài nhắc “\(quote)”; ngày lấy từ dữ liệu tham chiếu: \(reference.source)")
        } else {
            return nil
        }
        return Event(title: Self.milestoneTitle(milestone, partner: partner.name), kind: "relations", status: .held, date: date,
                     countries: [partner.code], primary: false, sources: source)
    }

    /// "thiết lập quan hệ Đối tác chiến lược", "nâng cấp quan hệ lên Đối tác chiến lược toàn diện".
    func relationsStatements(in sentence: TokenizedText, anniversaries found: [AnniversaryMention]) -> [(milestone: String, tokens: Range<Int>)] {
        let milestoneHits = anniversaries.milestones.hits(in: sentence)
        let covered = Set(found.flatMap { Array($0.tokens) })
        func plain(_ range: Range<Int>) -> Bool {
            !sentence.tokens[range].contains { [",", ";", "."].contains($0.text) }
        }
        return relationsVerbs.hits(in: sentence).compactMap { verb in
            guard !covered.contains(verb.range.lowerBound) else { return nil }
            // "Đối tác chiến lược mà hai nước thiết lập năm 2015", "Đối tác chiến lược toàn diện, được nâng cấp …"
            if let hit = milestoneHits.last(where: { $0.range.upperBound <= verb.range.lowerBound && verb.range.lowerBound - $0.range.upperBound <= 5 }) {
                let between = hit.range.upperBound..<verb.range.lowerBound
                let passive = sentence.tokens[between].map(\.folded) == [",", "được"]
                if plain(between) || passive { return (hit.payload, hit.range.lowerBound..<verb.range.upperBound) }
            }
            // "nâng cấp quan hệ … lên Đối tác chiến lược toàn diện"
            if let hit = milestoneHits.first(where: { $0.range.lowerBound >= verb.range.upperBound && $0.range.lowerBound <= verb.range.upperBound + 14 }),
               plain(verb.range.upperBound..<hit.range.lowerBound) {
                return (hit.payload, verb.range.lowerBound..<hit.range.upperBound)
            }
            return nil
        }
    }

    func relationsMilestone(in sentence: TokenizedText) -> String? {
        anniversaries.milestones.hits(in: sentence).first?.payload
    }

    static func parts(_ iso: String) -> (year: Int, month: Int?, day: Int?)? {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard let y = p.first else { return nil }
        return (y, p.count > 1 ? p[1] : nil, p.count > 2 ? p[2] : nil)
    }

    static func isDatable(_ m: DateMention) -> Bool {
        if case .year? = m.relative { return true }
        return m.month != nil
    }

    /// A month, day-month or relative year without a year, placed relative to the article's "now".
    /// - Parameter tense: the clause's stated tense, or nil when no cue says; then the year that puts
    ///   the date nearest to "now" is taken ("ngày 13/4" in a report of a visit on 12-14/4).
    static func resolve(_ m: DateMention, now: (year: Int, month: Int?, day: Int?), tense: Tense?) -> EventDate? {
        let basisTail = "tính theo thời điểm của bài (\(now.year)\(now.month.map { String(format: "-%02d", $0) } ?? ""))"
        if case .year(let offset)? = m.relative {
            if let month = m.month {
                return EventDate(start: iso(now.year + offset, month, nil), precision: .month, inferred: true, basis: "“\(m.text)” \(basisTail)")
            }
            return EventDate(start: String(format: "%04d", now.year + offset), precision: .year, inferred: true,
                             basis: "“\(m.text)” \(basisTail)")
        }
        guard let month = m.month else { return nil }
        let mine = month * 100 + (m.day ?? 0)
        let reference = now.month.map { $0 * 100 + (now.day ?? 0) }
        var year = now.year
        var direction = tense == .future ? 1 : tense == .past ? -1 : 0
        if case .month(let d)? = m.relative { direction = d }
        if let reference {
            if direction > 0, mine < reference { year += 1 }
            if direction < 0, mine > reference { year -= 1 }
            if direction == 0, abs(mine - reference) > 600 { year += mine < reference ? 1 : -1 }
        }
        if let day = m.day {
            return EventDate(start: iso(year, month, day), precision: .day, inferred: true, basis: "“\(m.text)” \(basisTail)")
        }
        return EventDate(start: iso(year, month, nil), precision: .month, inferred: true, basis: "“\(m.text)” \(basisTail)")
    }

    func statusOf(_ mention: DateMention, in sentence: TokenizedText) -> Event.Status {
        tense.tense(of: mention, in: sentence) == .future ? .planned : .held
    }

    /// The closest date with a year after (or else before) a span, in the same sentence.
    func nearestYearDate(to tokens: Range<Int>, in text: ArticleText, sentence index: Int) -> (date: EventDate, mention: DateMention)? {
        let sentence = text.tokenized[index]
        let offset = sentence.tokens[tokens.lowerBound].start
        let dated = text.dates[index].filter { $0.year != nil && !$0.isPeriod }
        guard let m = dated.first(where: { $0.start >= offset }) ?? dated.last else { return nil }
        return (Self.date(from: m), m)
    }

    func crossesClause(_ hit: Range<Int>, _ mention: Int, in sentence: TokenizedText) -> Bool {
        Self.gap(hit, mention).contains { sentence.tokens[$0].text == ";" || sentence.tokens[$0].text == "." }
    }

    /// The tokens between a span and a token on either side of it (from the token itself when it
    /// comes first, as the distances were tuned); none when the token is inside
    /// the span ("nâng cấp quan hệ năm 2023 lên Đối tác …" has its date within the statement).
    static func gap(_ span: Range<Int>, _ token: Int) -> Range<Int> {
        if token >= span.upperBound { return span.upperBound..<token }
        if token < span.lowerBound { return token..<span.lowerBound }
        return token..<token
    }

    /// The words that name the milestone: from the subject just before the cue to the date.
    func phrase(around cue: Range<Int>, until mention: Int, in sentence: TokenizedText) -> String {
        let tokens = sentence.tokens
        var start = cue.lowerBound
        var back = cue.lowerBound - 1
        while back >= 0, cue.lowerBound - back <= 7, ![",", ";", ":", "(", "và", "là", "có", "nhất", "như"].contains(tokens[back].folded) {
            back -= 1
        }
        // A verb cue takes its capitalised subject ("Bộ trưởng Quốc phòng James Mattis thăm …", "tàu Hải quân Anh thăm …");
        // a capitalised cue is already a name ("Triển lãm Quốc phòng quốc tế", "Bản ghi nhớ …").
        if !tokens[cue.lowerBound].isCapitalized, back + 1 < cue.lowerBound, tokens[cue.lowerBound - 1].isCapitalized {
            start = back + 1
        }
        var end = mention > cue.upperBound ? mention : cue.upperBound
        if let stop = tokens[cue.upperBound..<max(end, cue.upperBound)].firstIndex(where: { [",", ";", ":"].contains($0.text) }) { end = stop }
        if end - start > 16 { end = start + 16 }
        while start < end, Self.leadingFiller.contains(tokens[start].folded) { start += 1 }
        while end > start, Self.trailingFiller.contains(tokens[end - 1].folded) { end -= 1 }
        return sentence.span(start..<end)
    }

    func referenceDate(_ milestone: String, partner: String) -> (date: String, source: String)? {
        guard let entry = knowledge.relationsByCountry[partner] else { return nil }
        if milestone == "diplomatic-relations" { return entry.diplomatic_relations.map { ($0.date, $0.source) } }
        return entry.partnerships?.first { $0.tier == milestone }.map { ($0.date, $0.source) }
    }

    static func milestoneTitle(_ milestone: String, partner: String) -> String {
        milestone == "diplomatic-relations"
            ? "Thiết lập quan hệ ngoại giao Việt Nam - \(partner)"
            : "Việt Nam - \(partner) thiết lập quan hệ \(tierName(milestone))"
    }

    static func milestoneNoun(_ milestone: String) -> String {
        milestone == "diplomatic-relations" ? "thiết lập quan hệ ngoại giao" : "quan hệ \(tierName(milestone))"
    }

    static func tierName(_ tier: String) -> String {
        switch tier {
        case "comprehensive-strategic": return "Đối tác chiến lược toàn diện"
        case "strategic": return "Đối tác chiến lược"
        case "comprehensive": return "Đối tác toàn diện"
        default: return tier
        }
    }

    static func precision(of iso: String) -> EventDate.Precision {
        switch iso.split(separator: "-").count { case 3: return .day; case 2: return .month; default: return .year }
    }

    static func date(from m: DateMention) -> EventDate {
        let year = m.year ?? 0
        if let month = m.month, let day = m.day {
            return EventDate(start: iso(year, month, day), precision: .day, inferred: false, basis: "ghi trong bài: “\(m.text)”")
        }
        if let month = m.month {
            return EventDate(start: iso(year, month, nil), precision: .month, inferred: false, basis: "ghi trong bài: “\(m.text)”")
        }
        let point = m.endYear ?? year
        return EventDate(start: String(format: "%04d", point), precision: .year, inferred: false, basis: "ghi trong bài: “\(m.text)”")
    }

    static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
