/// Finds the venue of an event: a place from the gazetteer introduced by "tại" or "ở"
/// ("tại thủ đô London"), not one merely named in passing.
public struct PlaceReader: Sendable {
    let places: PhraseIndex<Place>
    static let introducers: Set<String> = ["tại", "ở"]
    static let fillers: Set<String> = ["thủ", "đô", "thành", "phố", "tp", ".", "thị", "xã", "tỉnh", "đảo"]

    public init(knowledge: Knowledge) {
        places = PhraseIndex(knowledge.places.flatMap { p in p.aliases.map { ($0, p) } }, caseSensitive: true)
    }

    public func venue(in text: TokenizedText) -> Place? {
        for hit in places.hits(in: text) {
            var i = hit.range.lowerBound - 1
            while i >= 0, Self.fillers.contains(text.tokens[i].folded) { i -= 1 }
            if i >= 0, Self.introducers.contains(text.tokens[i].folded) { return hit.payload }
        }
        return nil
    }
}
