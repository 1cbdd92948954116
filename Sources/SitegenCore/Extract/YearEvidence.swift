/// One clue about the year of an event, read from elsewhere in its article.
public struct YearEvidence: Sendable, Equatable {
    public enum Constraint: Sendable, Equatable {
        /// The event is no earlier than `hard`, and probably no earlier than `soft`.
        case atLeast(hard: Int, soft: Int)
        /// The event is no later than `hard`, and probably no later than `soft`.
        case atMost(hard: Int, soft: Int)
        /// The event falls inside an ongoing period.
        case within(Int, Int)
        /// The text implies the year itself ("sau 30 năm thiết lập quan hệ ngoại giao").
        case exactly(Int)
    }

    public var constraint: Constraint
    /// The words of the article this clue comes from, for the date's basis.
    public var quote: String
}
