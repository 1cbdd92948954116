/// Reads ordinals as Vietnamese writes them: "lần thứ 14", "lần thứ tư", "lần thứ nhất",
/// "lần đầu tiên", "lần thứ XIV", "phiên thứ hai".
public struct OrdinalReader: Sendable {
    let numberWords: PhraseIndex<Int>

    public init(language: LanguageCues) {
        numberWords = PhraseIndex(language.number_words.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The number after `lead` ("lần", "phiên") at token `index`, and where it ends.
    public func ordinal(after lead: String, at index: Int, in tokens: [Token]) -> (value: Int, end: Int)? {
        guard index < tokens.count, tokens[index].folded == lead else { return nil }
        var j = index + 1
        if j < tokens.count, tokens[j].folded == "thứ" { j += 1 }
        guard j < tokens.count else { return nil }
        return number(at: j, in: tokens)
    }

    public func number(at j: Int, in tokens: [Token]) -> (value: Int, end: Int)? {
        if let n = Int(tokens[j].text) { return (n, j + 1) }
        if let n = Self.roman(tokens[j].text) { return (n, j + 1) }
        if let hit = numberWords.longestMatch(in: tokens, at: j) { return (hit.payload, hit.range.upperBound) }
        return nil
    }

    static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        guard !text.isEmpty, text.count <= 8, text.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0, previous = 0
        for c in text.reversed() {
            let v = values[c]!
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total
    }
}
