/// A date expression found in a sentence, with whatever parts the text states.
public struct DateMention: Sendable, Equatable {
    public enum Relative: Sendable, Equatable {
        /// "hôm qua" (-1), "hôm nay" (0)
        case day(Int)
        /// "năm nay" (0), "năm tới" (+1), "năm ngoái" (-1)
        case year(Int)
        /// "tháng 11 tới" (+1: the next such month), "tháng 9 vừa qua" (-1: the last one)
        case month(Int)
        /// "hôm thứ Năm": weekday 2 (Monday) … 8 (Sunday), in the past week
        case weekday(Int)
    }

    public enum Part: String, Sendable, Equatable { case early = "đầu", middle = "giữa", late = "cuối" }

    public var text: String
    /// Character offsets in the normalised sentence.
    public var start: Int
    public var end: Int
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var endYear: Int?
    public var endMonth: Int?
    public var endDay: Int?
    public var relative: Relative?
    public var part: Part?
    /// "giai đoạn 2024-2026": a span the text is inside of, not a single moment.
    public var isPeriod: Bool = false
    /// A bare four-digit number with no "năm" before it: weaker evidence.
    public var isBareYear: Bool = false

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
