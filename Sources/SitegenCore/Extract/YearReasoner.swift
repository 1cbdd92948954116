/// Works out the year of an event whose date the text gives without one, from the other dates,
/// anniversaries and periods its article mentions.
///
/// Hard clues (a past date the event must follow, a future one it must precede, an ongoing period)
/// bound the year; soft clues narrow it further only when they agree with the hard ones. A year the
/// text implies outright (an anniversary of a known milestone) is taken when it fits the bounds.
public enum YearReasoner {
    public struct Conclusion: Sendable, Equatable {
        public var year: Int
        /// True when the clues leave exactly one year.
        public var certain: Bool
        public var basis: String
    }

    public static func reason(_ evidence: [YearEvidence]) -> Conclusion? {
        var lo = Int.min, hi = Int.max
        var softLo = Int.min, softHi = Int.max
        var exact: [Int: [String]] = [:]
        var loQuote = "", hiQuote = ""
        for clue in evidence {
            switch clue.constraint {
            case .atLeast(let hard, let soft):
                if hard > lo { lo = hard; loQuote = clue.quote }
                if soft > softLo { softLo = soft; if soft > lo { loQuote = clue.quote } }
            case .atMost(let hard, let soft):
                if hard < hi { hi = hard; hiQuote = clue.quote }
                if soft < softHi { softHi = soft; if soft < hi { hiQuote = clue.quote } }
            case .within(let a, let b):
                if a > lo { lo = a; loQuote = clue.quote }
                if b < hi { hi = b; hiQuote = clue.quote }
            case .exactly(let y):
                exact[y, default: []].append(clue.quote)
            }
        }
        if let (year, quotes) = exact.filter({ $0.key >= lo && $0.key <= hi })
            .max(by: { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.key > $1.key }) {
            let quoted = quotes.prefix(2).map { "“\($0)”" }.joined(separator: " và ")
            return Conclusion(year: year, certain: true, basis: "năm \(year) suy ra từ \(quoted) cùng mốc quan hệ trong dữ liệu tham chiếu")
        }
        guard lo <= hi else { return nil }
        let narrowedLo = max(lo, softLo), narrowedHi = min(hi, softHi)
        if narrowedLo <= narrowedHi { lo = narrowedLo; hi = narrowedHi }
        let from = lo != Int.min ? "không sớm hơn “\(loQuote)”" : nil
        let until = hi != Int.max ? "không muộn hơn “\(hiQuote)”" : nil
        let reasons = [from, until].compactMap { $0 }.joined(separator: ", ")
        if lo == hi {
            return Conclusion(year: lo, certain: true, basis: "chỉ năm \(lo) phù hợp với bài: \(reasons)")
        }
        if hi != Int.max {
            let range = lo != Int.min ? "\(lo)–\(hi)" : "đến \(hi)"
            return Conclusion(year: hi, certain: false, basis: "bài không nêu năm; theo bài: \(reasons) (\(range)); hiển thị năm muộn nhất")
        }
        if lo != Int.min {
            return Conclusion(year: lo, certain: false, basis: "bài không nêu năm; theo bài: \(reasons); hiển thị năm sớm nhất")
        }
        return nil
    }
}
