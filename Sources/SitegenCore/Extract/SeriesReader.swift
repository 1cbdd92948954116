/// A recurring dialogue series named in a sentence, with its session and sitting if stated.
public struct SeriesMention: Sendable, Equatable {
    public var series: DialogueSeries
    public var session: Int?
    public var part: Int?
    public var tokens: Range<Int>
}

/// Recognises dialogue series by their cue names, whatever the spacing, dashes or partner wording,
/// and reads the session ("lần thứ 14") and sitting ("phiên thứ hai") around the name.
public struct SeriesReader: Sendable {
    let series: PhraseIndex<DialogueSeries>
    let ordinals: OrdinalReader
    let countries: PhraseIndex<String>
    let heads: PhraseIndex<String>

    public init(knowledge: Knowledge) {
        series = PhraseIndex(knowledge.series.flatMap { s in s.cues.map { ($0, s) } })
        heads = PhraseIndex(knowledge.language.series_heads.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 })
        ordinals = OrdinalReader(language: knowledge.language)
        countries = PhraseIndex(knowledge.countries.flatMap { c in c.aliases.map { ($0, c.code) } }, caseSensitive: true)
    }

    public func mentions(in text: TokenizedText) -> [SeriesMention] {
        let known = series.hits(in: text).map { hit -> SeriesMention in
            // "Đối thoại Chiến lược và Hợp tác quốc phòng Việt Nam - Pháp" names a longer series than
            // the one the cue knows; a level ("cấp Thứ trưởng") does not make a new series.
            if let partiesAt = partiesStart(after: hit.range.upperBound, in: text), partiesAt > hit.range.upperBound,
               text.tokens[hit.range.upperBound].folded != "cấp" {
                let name = text.span(hit.range.lowerBound..<partiesAt)
                let longer = DialogueSeries(id: VietnameseText.slug(name), name: name, name_en: nil, kind: hit.payload.kind, cues: [])
                return readSession(SeriesMention(series: longer, session: nil, part: nil, tokens: hit.range.lowerBound..<partiesAt), in: text)
            }
            return readSession(SeriesMention(series: hit.payload, session: nil, part: nil, tokens: hit.range), in: text)
        }
        let covered = Set(known.flatMap { Array($0.tokens) })
        // A series the data file does not know: "<head> … Việt Nam - <partner> lần thứ N".
        let unknown = heads.hits(in: text, skipping: covered).compactMap { hit -> SeriesMention? in
            guard text.tokens[hit.range.lowerBound].isCapitalized, let nameEnd = partiesStart(after: hit.range.upperBound, in: text),
                  nameEnd > hit.range.upperBound else { return nil }
            let name = text.span(hit.range.lowerBound..<nameEnd)
            let adHoc = DialogueSeries(id: VietnameseText.slug(name), name: name, name_en: nil, kind: hit.payload, cues: [])
            guard !(hit.range.lowerBound..<nameEnd).contains(where: covered.contains) else { return nil }
            let mention = readSession(SeriesMention(series: adHoc, session: nil, part: nil, tokens: hit.range.lowerBound..<nameEnd), in: text)
            return mention.session == nil ? nil : mention
        }
        return (known + unknown).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Where "Việt Nam - X" (or "Việt - X") starts within a few words after a series head.
    private func partiesStart(after start: Int, in text: TokenizedText) -> Int? {
        let tokens = text.tokens
        if start < tokens.count, tokens[start].text == "Việt" { return start }
        var j = start
        while j < tokens.count, j < start + 14 {
            if tokens[j].text == "Việt", j + 1 < tokens.count, tokens[j + 1].text == "Nam" || tokens[j + 1].text == "-" { return j }
            if [".", ";", ",", "("].contains(tokens[j].text) { return nil }
            j += 1
        }
        return nil
    }

    /// A session or sitting number a real series reaches; "lần thứ 99999999" is a typo or noise, and
    /// the series page lists every session up to the highest, gaps included.
    static let sessionNumbers = 1...500

    static func plausible(_ n: Int) -> Int? { sessionNumbers.contains(n) ? n : nil }

    private func readSession(_ found: SeriesMention, in text: TokenizedText) -> SeriesMention {
        let tokens = text.tokens
        var mention = found
        // After the name: the parties ("Việt Nam - Anh", "Việt - Mỹ"), then "lần thứ N", "phiên thứ N".
        var j = found.tokens.upperBound
        var steps = 0
        while j < tokens.count, steps < 12, ![".", ";", "("].contains(tokens[j].text) {
            if let country = countries.longestMatch(in: tokens, at: j) {
                // Transliterated names ("Phi-líp-pin") have lowercase parts; skip the whole name.
                j = country.range.upperBound
            } else if let (n, end) = ordinals.ordinal(after: "lần", at: j, in: tokens) {
                mention.session = mention.session ?? Self.plausible(n)
                j = end
            } else if tokens[j].folded == "lần", j + 2 < tokens.count, tokens[j + 1].folded == "đầu", tokens[j + 2].folded == "tiên" {
                mention.session = mention.session ?? 1
                j += 3
            } else if let (n, end) = ordinals.ordinal(after: "phiên", at: j, in: tokens) {
                mention.part = mention.part ?? Self.plausible(n)
                j = end
            } else if tokens[j].isWord, !tokens[j].isCapitalized, !["và", "giữa"].contains(tokens[j].folded) {
                break
            } else {
                j += 1
            }
            steps += 1
        }
        // Before the name: "phiên thứ nhất Đối thoại …" is a sitting of a dialogue session, but
        // "phiên họp thứ 16 Ủy ban …", "kỳ họp lần thứ 10 …" number the meetings themselves.
        let isMeeting = (found.series.kind ?? "dialogue") != "dialogue"
        for back in max(0, found.tokens.lowerBound - 5)..<found.tokens.lowerBound {
            var j = back
            guard ["phiên", "kỳ", "lần"].contains(tokens[j].folded) else { continue }
            let lead = tokens[j].folded
            if j + 1 < tokens.count, tokens[j + 1].folded == "họp" { j += 1 }
            if j + 1 < tokens.count, tokens[j + 1].folded == "lần" { j += 1 }
            guard j + 1 < tokens.count, tokens[j + 1].folded == "thứ", let (n, end) = ordinals.number(at: j + 2, in: tokens),
                  end == found.tokens.lowerBound || (end + 1 == found.tokens.lowerBound && tokens[end].folded == "của") else { continue }
            if lead == "phiên", !isMeeting, j == back { mention.part = mention.part ?? Self.plausible(n) } else { mention.session = mention.session ?? Self.plausible(n) }
        }
        return mention
    }
}
