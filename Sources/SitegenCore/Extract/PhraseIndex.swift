/// Finds known phrases (cue words, aliases, titles) in tokenised text, whole words only.
///
/// Phrases are indexed by their first token, so a lookup costs one dictionary probe per token of
/// the text rather than one scan of the text per phrase.
public struct PhraseIndex<Payload: Sendable>: Sendable {
    public struct Hit: Sendable {
        public var range: Range<Int>
        public var payload: Payload
        public var phrase: String
    }

    private struct Entry: Sendable {
        var tokens: [PhraseKey]
        var payload: Payload
        var phrase: String
    }

    private let byFirstToken: PhraseTable<[Entry]>
    public let caseSensitive: Bool

    public init(_ phrases: [(String, Payload)], caseSensitive: Bool = false) {
        self.caseSensitive = caseSensitive
        var byFirstToken: [PhraseKey: [Entry]] = [:]
        for (phrase, payload) in phrases {
            let tokenized = TokenizedText(phrase)
            let keys = tokenized.tokens.map { caseSensitive ? $0.casedKey : $0.foldedKey }
            guard let first = keys.first else { continue }
            byFirstToken[first, default: []].append(Entry(tokens: keys, payload: payload, phrase: phrase))
        }
        for key in byFirstToken.keys {
            // Longest first, so "Vương quốc Anh" wins over "Anh"; ties keep the data file's order.
            byFirstToken[key] = byFirstToken[key]!.enumerated()
                .sorted { $0.element.tokens.count != $1.element.tokens.count ? $0.element.tokens.count > $1.element.tokens.count : $0.offset < $1.offset }
                .map(\.element)
        }
        self.byFirstToken = PhraseTable(byFirstToken.map { ($0.key, $0.value) })
    }

    /// Non-overlapping hits, scanning left to right and taking the longest phrase at each position.
    public func hits(in text: TokenizedText, skipping masked: Set<Int> = []) -> [Hit] {
        var result: [Hit] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            if masked.contains(i) { i += 1; continue }
            if let hit = longestMatch(in: tokens, at: i, masked: masked) {
                result.append(hit)
                i = hit.range.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    /// The longest phrase that starts exactly at token `index`.
    public func longestMatch(in tokens: [Token], at index: Int, masked: Set<Int> = []) -> Hit? {
        let key = caseSensitive ? tokens[index].casedKey : tokens[index].foldedKey
        guard let candidates = byFirstToken.value(for: key) else { return nil }
        for entry in candidates {
            let end = index + entry.tokens.count
            guard end <= tokens.count else { continue }
            var ok = true
            for k in 1..<max(entry.tokens.count, 1) where k < entry.tokens.count {
                let token = tokens[index + k]
                if masked.contains(index + k) || (caseSensitive ? token.casedKey : token.foldedKey) != entry.tokens[k] { ok = false; break }
            }
            if ok { return Hit(range: index..<end, payload: entry.payload, phrase: entry.phrase) }
        }
        return nil
    }
}
