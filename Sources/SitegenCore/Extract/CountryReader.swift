/// A country named in a sentence.
public struct CountryMention: Sendable, Equatable {
    public var code: String
    public var tokens: Range<Int>
}

/// Finds countries by their aliases, telling them apart from names and words that merely contain
/// an alias ("Trần Tuấn Anh", "tiếng Anh", "Đông Nam Á").
public struct CountryReader: Sendable {
    let aliases: PhraseIndex<String>
    let blockers: PhraseIndex<Bool>
    let home: String

    public init(knowledge: Knowledge) {
        aliases = PhraseIndex(knowledge.countries.flatMap { c in c.aliases.map { ($0, c.code) } }, caseSensitive: true)
        blockers = PhraseIndex(knowledge.language.not_countries.map { ($0, true) }, caseSensitive: true)
        home = knowledge.homeCountry?.code ?? "VN"
    }

    public func mentions(in text: TokenizedText) -> [CountryMention] {
        var masked = Set<Int>()
        for hit in blockers.hits(in: text) { masked.formUnion(hit.range) }
        return aliases.hits(in: text, skipping: masked).compactMap { hit in
            if hit.range.count == 1, isPartOfPersonalName(hit.range.lowerBound, in: text.tokens) { return nil }
            return CountryMention(code: hit.payload, tokens: hit.range)
        }
    }

    /// A one-syllable alias right after another capitalised syllable is a given name ("Tuấn Anh"),
    /// except after "Việt Nam" and words that end a title or organisation in capitals.
    func isPartOfPersonalName(_ index: Int, in tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.isCapitalized, previous.isWord else { return false }
        if previous.text == "Nam", index >= 2, tokens[index - 2].text == "Việt" { return false }
        // All-caps abbreviations ("CHLB", "LB") are part of an organisation or state name.
        if previous.text.count > 1, previous.text == previous.text.uppercased() { return false }
        return true
    }

    /// The partner of a bilateral text: the country paired with Việt Nam ("Việt Nam - Anh",
    /// "Việt - Anh", "Việt Nam và Hoa Kỳ") in the earliest sentence that pairs them, else the
    /// country named most often (headline and lead count triple).
    public func partner(in sentences: [TokenizedText], mentions: [[CountryMention]], leadCount: Int) -> String? {
        // The headline decides when it pairs Việt Nam with a country or names just one partner.
        if let headline = mentions.first {
            if let paired = pairedPartner(in: sentences[0], mentions: headline) { return paired }
            let named = Set(headline.map(\.code)).subtracting([home])
            if named.count == 1 { return named.first }
        }
        for (text, found) in zip(sentences, mentions) {
            if let paired = pairedPartner(in: text, mentions: found) { return paired }
        }
        var counts: [String: Int] = [:]
        // (sentence, token) of the first mention breaks ties; every counted code has one, so the
        // choice never falls to dictionary order, which differs from run to run.
        var firstSeen: [String: [Int]] = [:]
        for (index, found) in mentions.enumerated() {
            for mention in found where mention.code != home {
                counts[mention.code, default: 0] += index < leadCount ? 3 : 1
                if firstSeen[mention.code] == nil { firstSeen[mention.code] = [index, mention.tokens.lowerBound] }
            }
        }
        return counts.max { a, b in
            a.value != b.value ? a.value < b.value
                : firstSeen[b.key, default: []].lexicographicallyPrecedes(firstSeen[a.key, default: []])
        }?.key
    }

    /// A name paired with Việt Nam ("Việt Nam - Wakanda", "Việt Nam và Xyz") that is no known
    /// country, so the editor is told which country to add to the data rather than only that none
    /// was found.
    public func unknownPartner(in sentences: [TokenizedText], mentions: [[CountryMention]]) -> String? {
        for (text, found) in zip(sentences, mentions) {
            let tokens = text.tokens
            let known = Set(found.flatMap { Array($0.tokens) })
            for i in tokens.indices where tokens[i].text == "Việt" {
                var j = i + 1
                if j < tokens.count, tokens[j].text == "Nam" { j += 1 }
                guard j < tokens.count, ["-", "và", "với"].contains(tokens[j].folded) else { continue }
                var end = j + 1
                while end < tokens.count, end - j <= 4, tokens[end].isCapitalized, !known.contains(end) { end += 1 }
                if end > j + 1 { return text.span((j + 1)..<end) }
            }
        }
        return nil
    }

    func pairedPartner(in text: TokenizedText, mentions: [CountryMention]) -> String? {
        let tokens = text.tokens
        let connectors: Set<String> = ["-", "và", "với"]
        for mention in mentions where mention.code != home {
            let before = mention.tokens.lowerBound - 1
            if before >= 1, connectors.contains(tokens[before].folded) {
                let homeBefore = mentions.contains { $0.code == home && $0.tokens.upperBound == before }
                let vietBefore = tokens[before - 1].text == "Việt" && tokens[before].text == "-"
                if homeBefore || vietBefore { return mention.code }
            }
            let after = mention.tokens.upperBound
            if after < tokens.count, connectors.contains(tokens[after].folded),
               mentions.contains(where: { $0.code == home && $0.tokens.lowerBound == after + 1 }) {
                return mention.code
            }
        }
        return nil
    }
}
