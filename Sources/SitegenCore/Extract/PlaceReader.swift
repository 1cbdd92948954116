/// Finds the venue of an event: a place from the gazetteer introduced by "tại" or "ở"
/// ("tại thủ đô London"), not one merely named in passing.
public struct PlaceReader: Sendable {
    let places: PhraseIndex<Place>
    static let introducers: Set<String> = ["tại", "ở", "đến", "tới", "cảng"]
    static let fillers: Set<String> = ["thủ", "đô", "thành", "phố", "tp", ".", "thị", "xã", "tỉnh", "đảo"]

    public init(knowledge: Knowledge) {
        places = PhraseIndex(knowledge.places.flatMap { p in p.aliases.map { ($0, p) } }, caseSensitive: true)
    }

    /// The first place introduced as a venue, preferring one in the given countries (the partner or
    /// Việt Nam) over a third country's city named in the same sentence.
    public func venue(in text: TokenizedText, preferring countries: Set<String> = []) -> Place? {
        let venues = places.hits(in: text).filter { hit in
            var i = hit.range.lowerBound - 1
            while i >= 0, Self.fillers.contains(text.tokens[i].folded) { i -= 1 }
            return i >= 0 && Self.introducers.contains(text.tokens[i].folded)
        }.map(\.payload)
        return venues.first { countries.contains($0.country) } ?? venues.first
    }
}
