/// "sau 30 năm thiết lập quan hệ ngoại giao", "kỷ niệm 15 năm Đối tác chiến lược",
/// "2 năm triển khai quan hệ Đối tác Chiến lược Toàn diện": a count of years since a relations
/// milestone, which dates the text once the milestone's year is known.
public struct AnniversaryMention: Sendable, Equatable {
    public var years: Int
    /// "diplomatic-relations" or a partnership tier.
    public var milestone: String
    public var isCelebration: Bool
    public var tokens: Range<Int>
}

public struct AnniversaryReader: Sendable {
    let milestones: PhraseIndex<String>
    let ordinals: OrdinalReader

    public init(language: LanguageCues) {
        milestones = PhraseIndex(language.milestones.map { ($0.phrase, $0.milestone) })
        ordinals = OrdinalReader(language: language)
    }

    public func mentions(in text: TokenizedText) -> [AnniversaryMention] {
        let tokens = text.tokens
        var found: [AnniversaryMention] = []
        for j in tokens.indices where tokens[j].folded == "năm" && j > 0 {
            // The count: digits or number words ("một", "mười lăm") right before "năm".
            var count: (value: Int, start: Int)?
            for back in stride(from: j - 1, through: max(0, j - 2), by: -1) {
                if let (n, end) = ordinals.number(at: back, in: tokens), end == j { count = (n, back) }
            }
            guard let (years, countStart) = count, years > 0, years < 200 else { continue }
            var k = j + 1
            while k < tokens.count, k <= j + 8, ![",", ";", ".", "("].contains(tokens[k].text) {
                if let hit = milestones.longestMatch(in: tokens, at: k) {
                    let celebration = countStart > 0 && tokens[countStart - 1].folded == "niệm"
                    found.append(AnniversaryMention(years: years, milestone: hit.payload, isCelebration: celebration,
                                                    tokens: countStart..<hit.range.upperBound))
                    break
                }
                k += 1
            }
        }
        return found
    }
}
