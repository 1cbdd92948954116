import Foundation

/// Turns the date mention of an event into a dated `EventDate`, filling in what the text leaves out
/// from the publication date or, failing that, from the year clues elsewhere in the article.
struct DateResolver {
    let tense: TenseReader
    let anniversaries: AnniversaryReader
    let relations: [String: CountryRelations]

    /// - Parameters:
    ///   - mention: the date written with the event, if any.
    ///   - skipping: the sentence and mention to leave out of the clues (the event's own).
    func resolve(_ mention: DateMention?, in text: ArticleText, anchor: Int, published: String?, partner: String?) -> EventDate? {
        if let m = mention, let year = m.year {
            return stated(m, year: year)
        }
        if let m = mention, let published, let date = resolveAgainstPublication(m, published: published) {
            return date
        }
        if let m = mention, let date = resolveAgainstNearbyDate(m, in: text, anchor: anchor) {
            return date
        }
        // No year in the text near the event and no publication date: reason the year out.
        let evidence = clues(in: text, excluding: (anchor, mention), eventMonth: mention?.month, eventDay: mention?.day, partner: partner)
        guard let conclusion = YearReasoner.reason(evidence) else { return nil }
        let year = conclusion.year
        if let m = mention, let month = m.month, conclusion.certain {
            if let day = m.day {
                return EventDate(start: iso(year, month, day), end: endISO(m, year: year), precision: .day, inferred: true,
                                 basis: "“\(m.text)” cho ngày và tháng; \(conclusion.basis)")
            }
            return EventDate(start: iso(year, month, nil), precision: .month, inferred: true,
                             basis: "“\(m.text)” cho tháng; \(conclusion.basis)")
        }
        let said = mention.map { "bài chỉ ghi “\($0.text)”; " } ?? "bài không ghi ngày; "
        return EventDate(start: String(format: "%04d", year), precision: .year, inferred: true, basis: said + conclusion.basis)
    }

    private func stated(_ m: DateMention, year: Int) -> EventDate {
        if let month = m.month, let day = m.day {
            return EventDate(start: iso(year, month, day), end: endISO(m, year: year), precision: .day, inferred: false,
                             basis: "ghi trong bài: “\(m.text)”")
        }
        if let month = m.month {
            return EventDate(start: iso(year, month, nil), precision: .month, inferred: false, basis: "ghi trong bài: “\(m.text)”")
        }
        return EventDate(start: String(format: "%04d", year), precision: .year, inferred: false, basis: "ghi trong bài: “\(m.text)”")
    }

    private func endISO(_ m: DateMention, year: Int) -> String? {
        guard let endDay = m.endDay, let endMonth = m.endMonth else { return nil }
        return iso(m.endYear ?? (endMonth < (m.month ?? endMonth) ? year + 1 : year), endMonth, endDay)
    }

    /// "Từ 30/11 đến 2/12/2019 … Rạng sáng 1/12": a day and month written close to a full date takes
    /// the year that puts it nearest that date, when that is within a few weeks.
    func resolveAgainstNearbyDate(_ m: DateMention, in text: ArticleText, anchor: Int) -> EventDate? {
        guard let month = m.month, let day = m.day else { return nil }
        let nearby = ([0] + Array(max(1, anchor - 2)...max(1, anchor))).filter { $0 < text.dates.count }
        let full = nearby.flatMap { i in text.dates[i].flatMap { d -> [(year: Int, month: Int, day: Int, text: String)] in
            var points: [(Int, Int, Int, String)] = []
            if let y = d.year, let mo = d.month, let da = d.day { points.append((y, mo, da, d.text)) }
            if let y = d.endYear, let mo = d.endMonth, let da = d.endDay { points.append((y, mo, da, d.text)) }
            return points
        } }
        func dayNumber(_ y: Int, _ mo: Int, _ d: Int) -> Int { y * 372 + mo * 31 + d }
        var best: (year: Int, distance: Int, text: String)?
        for point in full {
            for year in (point.year - 1)...(point.year + 1) {
                let distance = abs(dayNumber(year, month, day) - dayNumber(point.year, point.month, point.day))
                if distance <= 45, best == nil || distance < best!.distance { best = (year, distance, point.text) }
            }
        }
        guard let best else { return nil }
        return EventDate(start: iso(best.year, month, day), end: endISO(m, year: best.year), precision: .day, inferred: true,
                         basis: "“\(m.text)” không có năm; gần ngày “\(best.text)” trong bài nên là năm \(best.year)")
    }

    /// "hôm qua", "Ngày 18/12", "năm tới" read against the article's publication date.
    func resolveAgainstPublication(_ m: DateMention, published: String) -> EventDate? {
        guard let pub = Self.day(published) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let pc = calendar.dateComponents([.year, .month, .day, .weekday], from: pub)
        guard let py = pc.year, let pm = pc.month, let pd = pc.day else { return nil }
        if let month = m.month, let day = m.day {
            let year = (month, day) > (pm, pd) ? py - 1 : py
            return EventDate(start: iso(year, month, day), end: endISO(m, year: year), precision: .day, inferred: true,
                             basis: "“\(m.text)” không có năm; bài đăng ngày \(published) nên là năm \(year)")
        }
        if let month = m.month {
            var year = py
            if case .month(let direction)? = m.relative {
                if direction > 0, month < pm { year += 1 }
                if direction < 0, month > pm { year -= 1 }
            } else if month > pm { year -= 1 }
            return EventDate(start: iso(year, month, nil), precision: .month, inferred: true,
                             basis: "“\(m.text)” không có năm; tính theo ngày đăng bài \(published)")
        }
        switch m.relative {
        case .day(let offset)?:
            guard let date = calendar.date(byAdding: .day, value: offset, to: pub) else { return nil }
            return EventDate(start: Self.isoDay(date, calendar), precision: .day, inferred: true,
                             basis: "“\(m.text)” tính từ ngày đăng bài \(published)")
        case .weekday(let weekday)?:
            // Vietnamese "thứ Hai" is Monday (2); Foundation's weekday 2 is Monday too.
            var back = ((pc.weekday ?? 1) - weekday + 7) % 7
            if back == 0 { back = 7 }
            guard let date = calendar.date(byAdding: .day, value: -back, to: pub) else { return nil }
            return EventDate(start: Self.isoDay(date, calendar), precision: .day, inferred: true,
                             basis: "“\(m.text)”: ngày thứ đó gần nhất trước ngày đăng bài \(published)")
        case .year(let offset)?:
            return EventDate(start: String(format: "%04d", py + offset), precision: .year, inferred: true,
                             basis: "“\(m.text)” tính từ ngày đăng bài \(published)")
        default:
            return nil
        }
    }

    /// Every year clue in the article except the event's own date.
    func clues(in text: ArticleText, excluding own: (Int, DateMention?), eventMonth: Int?, eventDay: Int?, partner: String?) -> [YearEvidence] {
        var evidence: [YearEvidence] = []
        for index in text.indices {
            let sentence = text.tokenized[index]
            for m in text.dates[index] {
                if index == own.0, let ownMention = own.1, ownMention.start == m.start { continue }
                if let clue = clue(from: m, in: sentence, eventMonth: eventMonth, eventDay: eventDay) { evidence.append(clue) }
            }
            guard let partner else { continue }
            for a in text.anniversaries[index] {
                guard let base = milestoneYear(a.milestone, partner: partner) else { continue }
                let year = base + a.years
                let quote = sentence.span(a.tokens)
                let when = tense.tense(ofSpan: sentence.tokens[a.tokens.lowerBound].start..<sentence.tokens[a.tokens.upperBound - 1].end, in: sentence)
                switch when {
                case .future?: evidence.append(YearEvidence(constraint: .atMost(hard: year, soft: year - 1), quote: quote))
                case .past? where a.isCelebration: evidence.append(YearEvidence(constraint: .atLeast(hard: year, soft: year), quote: quote))
                default: evidence.append(YearEvidence(constraint: .exactly(year), quote: quote))
                }
            }
        }
        return evidence
    }

    private func clue(from m: DateMention, in sentence: TokenizedText, eventMonth: Int?, eventDay: Int?) -> YearEvidence? {
        guard let year = m.year else { return nil }
        if m.isPeriod, let end = m.endYear {
            // A programme being drafted for a period lies ahead; one being carried out is under way.
            if tense.periodAhead(m, in: sentence) {
                return YearEvidence(constraint: .atMost(hard: year, soft: year - 1), quote: m.text)
            }
            return YearEvidence(constraint: .within(year, end), quote: m.text)
        }
        // "20 năm (2001 - 2021)": a span as long as the years counted just before it is an anniversary,
        // and its end is the article's year unless the clause looks ahead.
        if let end = m.endYear, end > year, countsYears(end - year, before: m, in: sentence) {
            if tense.tense(ofSpan: m.start..<m.end, in: sentence) == .future {
                return YearEvidence(constraint: .atMost(hard: end, soft: end - 1), quote: m.text)
            }
            return YearEvidence(constraint: .exactly(end), quote: m.text)
        }
        // A span "(2010-2025)" or "(11/9/1973-11/9/2023)": its start is behind, its end is what the tense speaks of.
        let pointYear = m.endYear ?? year
        let pointMonth = m.endYear != nil ? m.endMonth : m.month
        let when = m.endYear != nil && m.relative == nil
            ? (tense.tense(ofSpan: m.start..<m.end, in: sentence) ?? .past)
            : tense.tense(of: m, in: sentence)
        let eventKey = eventMonth.map { $0 * 100 + (eventDay ?? 0) }
        switch when {
        case .future:
            // A bare number ("Chương trình hành động 2010") is often a name, so it only narrows.
            if m.isBareYear { return YearEvidence(constraint: .atMost(hard: Int.max, soft: pointYear - 1), quote: m.text) }
            if let pm = pointMonth, let ek = eventKey {
                let hard = ek / 100 <= pm ? pointYear : pointYear - 1
                return YearEvidence(constraint: .atMost(hard: hard, soft: hard), quote: m.text)
            }
            let soft = m.part == .late ? pointYear : pointYear - 1
            return YearEvidence(constraint: .atMost(hard: pointYear, soft: soft), quote: m.text)
        case .past:
            if m.isBareYear { return YearEvidence(constraint: .atLeast(hard: Int.min, soft: pointYear + 1), quote: m.text) }
            if let pm = pointMonth, let ek = eventKey {
                let hard = ek / 100 >= pm ? pointYear : pointYear + 1
                return YearEvidence(constraint: .atLeast(hard: hard, soft: hard), quote: m.text)
            }
            return YearEvidence(constraint: .atLeast(hard: pointYear, soft: pointYear + 1), quote: m.text)
        case .present:
            if m.isBareYear { return nil }
            return YearEvidence(constraint: .exactly(pointYear), quote: m.text)
        }
    }

    /// Whether "N năm" with this N comes shortly before the mention, in the same clause.
    private func countsYears(_ n: Int, before m: DateMention, in sentence: TokenizedText) -> Bool {
        guard let at = sentence.tokenIndex(atOffset: m.start) else { return false }
        let tokens = sentence.tokens
        var j = at - 1
        while j > 0, at - j <= 14, ![";", "."].contains(tokens[j].text) {
            if tokens[j].folded == "năm", Int(tokens[j - 1].text) == n { return true }
            j -= 1
        }
        return false
    }

    private func milestoneYear(_ milestone: String, partner: String) -> Int? {
        guard let entry = relations[partner] else { return nil }
        if milestone == "diplomatic-relations" { return entry.diplomatic_relations?.year }
        return entry.partnerships?.first(where: { $0.tier == milestone })?.year
    }

    static func day(_ iso: String) -> Date? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    static func isoDay(_ date: Date, _ calendar: Calendar) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}

func iso(_ year: Int, _ month: Int, _ day: Int?) -> String {
    day.map { String(format: "%04d-%02d-%02d", year, month, $0) } ?? String(format: "%04d-%02d", year, month)
}
