/// Events named by their position in the timeline. Page factories group the events of each partner,
/// topic, person, series and year once, and every page keeps its group until it renders: a position
/// is 8 bytes where a copied `Event` is about 300, and an event sits in a dozen groups.
extension Timeline {
    /// The events at these positions, in this order.
    func events(at positions: [Int]) -> [Event] { positions.map { events[$0] } }

    /// Positions of the events `include` accepts, in timeline order.
    func positions(where include: (Event) -> Bool) -> [Int] {
        events.indices.filter { include(events[$0]) }
    }

    /// Positions grouped by a key of the event (nil: in no group), each group in timeline order.
    func positions<Key: Hashable>(groupedBy key: (Event) -> Key?) -> [Key: [Int]] {
        var groups: [Key: [Int]] = [:]
        for (position, event) in events.enumerated() {
            if let key = key(event) { groups[key, default: []].append(position) }
        }
        return groups
    }

    /// Positions grouped by each partner country of the event.
    func positionsByCountry() -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for (position, event) in events.enumerated() {
            for code in event.countries { groups[code, default: []].append(position) }
        }
        return groups
    }
}
