/// Works out the year of an event whose date the text gives without one, from the other dates,
/// anniversaries and periods its article mentions.
///
/// Hard clues (a past date the event must follow, a future one it must precede, an ongoing period)
/// bound the year; soft clues narrow it further only when they agree with the hard ones. A year the
/// text implies outright (an anniversary of a known milestone) is taken when it fits the bounds.
/// When the clues contradict each other, the year that satisfies the most of them wins, and the
/// basis says which clue it goes against.
public enum YearReasoner {
    public struct Conclusion: Sendable, Equatable {
        public var year: Int
        /// True when the clues leave exactly one year and none is contradicted.
        public var certain: Bool
        public var basis: String
    }

    public static func reason(_ evidence: [YearEvidence]) -> Conclusion? {
        guard !evidence.isEmpty else { return nil }
        let years = candidateYears(evidence)
        guard !years.isEmpty else { return nil }
        func score(_ y: Int) -> (hard: Int, exact: Int, soft: Int) {
            var hard = 0, exact = 0, soft = 0
            for clue in evidence {
                switch clue.constraint {
                case .atLeast(let h, let s):
                    if y >= h { hard += 1 }
                    if y >= s { soft += 1 }
                case .atMost(let h, let s):
                    if y <= h { hard += 1 }
                    if y <= s { soft += 1 }
                case .within(let a, let b):
                    if y >= a && y <= b { hard += 1 }
                case .exactly(let e):
                    if y == e { exact += 1 }
                }
            }
            return (hard, exact, soft)
        }
        let scored = years.map { ($0, score($0)) }
        // An implied year (anniversary of a dated milestone) outweighs one misread tense.
        func weight(_ s: (hard: Int, exact: Int, soft: Int)) -> Int { 4 * s.hard + 6 * s.exact + s.soft }
        let best = scored.max { a, b in (weight(a.1), a.0) < (weight(b.1), b.0) }!
        let ties = scored.filter { weight($0.1) == weight(best.1) }.map(\.0)
        // Among equally good years: with a bound ahead, the latest (news looks back from just before
        // what it announces); with only bounds behind, the earliest.
        let hasUpperBound = evidence.contains { clue in
            switch clue.constraint { case .atMost, .within: return true; default: return false }
        }
        let year = hasUpperBound ? ties.max()! : ties.min()!
        let hardTotal = evidence.filter { if case .exactly = $0.constraint { return false } else { return true } }.count
        let contradicted = evidence.filter { !fits(year, $0.constraint) }.map { "“\($0.quote)”" }
        let against = contradicted.isEmpty ? "" : "; trái với " + contradicted.prefix(2).joined(separator: ", ")
        if best.1.exact > 0 {
            let quotes = evidence.compactMap { clue -> String? in
                if case .exactly(let e) = clue.constraint, e == year { return "“\(clue.quote)”" } else { return nil }
            }
            return Conclusion(year: year, certain: best.1.hard == hardTotal && ties.count == 1,
                              basis: "năm \(year) suy ra từ \(quotes.prefix(2).joined(separator: " và ")) cùng mốc quan hệ trong dữ liệu tham chiếu" + against)
        }
        let lower = evidence.filter { clue in
            switch clue.constraint { case .atLeast, .within: return fits(year, clue.constraint); default: return false }
        }.max { bound($0, lower: true) < bound($1, lower: true) }
        let upper = evidence.filter { clue in
            switch clue.constraint { case .atMost, .within: return fits(year, clue.constraint); default: return false }
        }.min { bound($0, lower: false) < bound($1, lower: false) }
        let reasons = [lower.map { "không sớm hơn “\($0.quote)”" }, upper.map { "không muộn hơn “\($0.quote)”" }]
            .compactMap { $0 }.joined(separator: ", ")
        if ties.count == 1 && contradicted.isEmpty {
            return Conclusion(year: year, certain: true, basis: "chỉ năm \(year) phù hợp với bài: \(reasons)")
        }
        let range = ties.count > 1 ? " (\(ties.min()!)–\(ties.max()!))" : ""
        return Conclusion(year: year, certain: false,
                          basis: "bài không nêu năm; theo bài: \(reasons)\(range); hiển thị năm \(hasUpperBound ? "muộn" : "sớm") nhất phù hợp" + against)
    }

    /// Every year a clue names, and the years around them, bounded to a sensible span.
    static func candidateYears(_ evidence: [YearEvidence]) -> [Int] {
        var named = Set<Int>()
        for clue in evidence {
            switch clue.constraint {
            case .atLeast(let h, let s), .atMost(let h, let s):
                for y in [h, s] where y > 1800 && y < 2200 { named.insert(y) }
            case .within(let a, let b):
                for y in a...max(a, b) { named.insert(y) }
            case .exactly(let e):
                named.insert(e)
            }
        }
        guard let lo = named.min(), let hi = named.max() else { return [] }
        return Array((lo - 1)...(hi + 1))
    }

    static func fits(_ y: Int, _ c: YearEvidence.Constraint) -> Bool {
        switch c {
        case .atLeast(let h, _): return y >= h
        case .atMost(let h, _): return y <= h
        case .within(let a, let b): return y >= a && y <= b
        case .exactly(let e): return y == e
        }
    }

    static func bound(_ clue: YearEvidence, lower: Bool) -> Int {
        switch clue.constraint {
        case .atLeast(let h, let s): return max(h, s)
        case .atMost(let h, let s): return min(h, s)
        case .within(let a, let b): return lower ? a : b
        case .exactly(let e): return e
        }
    }
}
