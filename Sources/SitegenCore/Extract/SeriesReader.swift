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

    public init(knowledge: Knowledge) {
        series = PhraseIndex(knowledge.series.flatMap { s in s.cues.map { ($0, s) } })
        ordinals = OrdinalReader(language: knowledge.language)
        countries = PhraseIndex(knowledge.countries.flatMap { c in c.aliases.map { ($0, c.code) } }, caseSensitive: true)
    }

    public func mentions(in text: TokenizedText) -> [SeriesMention] {
        let tokens = text.tokens
        return series.hits(in: text).map { hit in
            var mention = SeriesMention(series: hit.payload, session: nil, part: nil, tokens: hit.range)
            // After the name: the parties ("Việt Nam - Anh", "Việt - Mỹ"), then "lần thứ N", "phiên thứ N".
            var j = hit.range.upperBound
            var steps = 0
            while j < tokens.count, steps < 12, ![".", ";", "("].contains(tokens[j].text) {
                if let (n, end) = ordinals.ordinal(after: "lần", at: j, in: tokens) {
                    mention.session = mention.session ?? n
                    j = end
                } else if tokens[j].folded == "lần", j + 2 < tokens.count, tokens[j + 1].folded == "đầu", tokens[j + 2].folded == "tiên" {
                    mention.session = mention.session ?? 1
                    j += 3
                } else if let (n, end) = ordinals.ordinal(after: "phiên", at: j, in: tokens) {
                    mention.part = mention.part ?? n
                    j = end
                } else if tokens[j].isWord, !tokens[j].isCapitalized, !["và", "giữa"].contains(tokens[j].folded) {
                    break
                } else {
                    j += 1
                }
                steps += 1
            }
            // Before the name: "phiên thứ nhất Đối thoại …".
            if mention.part == nil, hit.range.lowerBound >= 3 {
                for back in max(0, hit.range.lowerBound - 4)..<hit.range.lowerBound {
                    if let (n, end) = ordinals.ordinal(after: "phiên", at: back, in: tokens), end == hit.range.lowerBound {
                        mention.part = n
                    }
                }
            }
            return mention
        }
    }
}
