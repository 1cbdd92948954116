import Foundation

/// Finds date expressions in a sentence: full and partial dates, spans, months, years, periods and
/// relative words ("hôm qua", "năm tới"). Patterns are tried from the most to the least specific and
/// a character already claimed by one is not read again.
public enum DateScanner {
    private typealias Reader = @Sendable (Pattern.BridgedMatch) -> DateMention?

    private static let weekdays: [String: Int] = ["hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7]

    /// Each pattern with what it cannot match without (`DateClues`): a sentence lacking that is
    /// not searched with it, which spares most regular-expression searches.
    private static let rules: [(Pattern, DateClues.Needs, Reader)] = [
        // 11/9/1973-11/9/2023
        (Pattern(#"\b(\d{1,2})/(\d{1,2})/(\d{4})-(\d{1,2})/(\d{1,2})/(\d{4})\b"#), DateClues.Needs([.betweenDigits("/")], [.betweenDigits("-")]), { m in
            var d = mention(m); d.day = int(m[1]); d.month = int(m[2]); d.year = int(m[3])
            d.endDay = int(m[4]); d.endMonth = int(m[5]); d.endYear = int(m[6]); return valid(d)
        }),
        // từ ngày 4 đến 6/7/2007, 4-6/12/2015, 4-6/12, từ 30/11 đến 2/12/2019
        (Pattern(#"(?:từ\s+)?(?:ngày\s+)?\b(\d{1,2})(?:/(\d{1,2}))?\s*(?:-|đến|tới)\s*(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b"#, caseInsensitive: true), DateClues.Needs([.betweenDigits("/")]), { m in
            var d = mention(m); d.day = int(m[1]); d.month = int(m[2]) ?? int(m[4]); d.endDay = int(m[3]); d.endMonth = int(m[4])
            d.year = int(m[5]); d.endYear = int(m[5])
            if let startMonth = d.month, let endMonth = d.endMonth, startMonth > endMonth, let y = d.year { d.year = y - 1 }
            return valid(d)
        }),
        // ngày 21 tháng 11 năm 2019, 21 tháng 11, 2019
        (Pattern(#"(?:ngày\s+)?\b(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?\b"#, caseInsensitive: true), DateClues.Needs([.word("tháng")]), { m in
            var d = mention(m); d.day = int(m[1]); d.month = int(m[2]); d.year = int(m[3]); return valid(d)
        }),
        // 04/12/2015, 4-12-2015, 4.12.2015
        (Pattern(#"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b"#), DateClues.Needs([.betweenDigits("/"), .betweenDigits("."), .betweenDigits("-")]), { m in
            var d = mention(m); d.day = int(m[1]); d.month = int(m[3]); d.year = int(m[4]); return valid(d)
        }),
        // hôm thứ Năm (20/12), chiều qua (20/12), ngày 18/12, sáng 12/8
        (Pattern(#"(?:hôm\s+)?(?:thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật)?\s*(?:(ngày|sáng|trưa|chiều|tối|đêm|hôm)(?:\s+(qua|nay))?)?\s*\(?\b(\d{1,2})[/-](\d{1,2})\b\)?(?![/\d])"#, caseInsensitive: true), DateClues.Needs([.betweenDigits("/"), .betweenDigits("-")]), { m in
            var d = mention(m)
            guard m[1] != nil || m[2] != nil || m.text.hasPrefix("(") else { return nil }
            d.day = int(m[4]); d.month = int(m[5])
            if m[3]?.lowercased() == "qua" { d.relative = .day(-1) } else if m[3]?.lowercased() == "nay" { d.relative = .day(0) }
            return valid(d)
        }),
        // tháng 10/2011, tháng 10 năm 2011, tháng 10-2011
        (Pattern(#"(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})\s*(?:/|-|năm)\s*(\d{4})\b"#, caseInsensitive: true), DateClues.Needs([.word("tháng")], [.word("/"), .word("-"), .word("năm")]), { m in
            var d = mention(m); d.month = int(m[2]); d.year = int(m[3]); d.part = part(m[1]); return valid(d)
        }),
        // tháng 5 năm nay, tháng 3 năm ngoái, tháng 2 năm tới
        (Pattern(#"(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})\s+năm\s+(nay|tới|sau|ngoái|trước)\b"#, caseInsensitive: true), DateClues.Needs([.word("tháng")], [.word("năm")],
                                                                                   [.wholeWord("nay"), .wholeWord("tới"), .wholeWord("sau"), .wholeWord("ngoái"), .wholeWord("trước")]), { m in
            var d = mention(m); d.month = int(m[2]); d.part = part(m[1])
            switch m[3]?.lowercased() {
            case "nay": d.relative = .year(0)
            case "ngoái", "trước": d.relative = .year(-1)
            default: d.relative = .year(1)
            }
            return valid(d)
        }),
        // tháng 11 tới, tháng 9 vừa qua, tháng 6 này
        (Pattern(#"(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})(?:\s+(tới|này|trước|vừa qua|qua|sau))?\b"#, caseInsensitive: true), DateClues.Needs([.word("tháng")]), { m in
            var d = mention(m); d.month = int(m[2]); d.part = part(m[1])
            switch m[3]?.lowercased() {
            case "tới", "sau": d.relative = .month(1)
            case "vừa qua", "qua", "trước": d.relative = .month(-1)
            case "này": d.relative = .month(0)
            default: break
            }
            return valid(d)
        }),
        // giai đoạn 2024-2026, (2010-2025), 2010-2025
        (Pattern(#"(?:(giai đoạn|thời kỳ|nhiệm kỳ|kế hoạch)\s+)?\(?\b((?:19|20)\d\d)-((?:19|20)\d\d)\b\)?"#, caseInsensitive: true), DateClues.Needs([.betweenDigits("-")], [.century]), { m in
            var d = mention(m); d.year = int(m[2]); d.endYear = int(m[3]); d.isPeriod = m[1] != nil
            guard let a = d.year, let b = d.endYear, a < b else { return nil }
            return d
        }),
        // cuối năm 2022, trong năm 2018, năm 2019
        (Pattern(#"(?:(đầu|giữa|cuối)\s+)?năm\s+((?:19|20)\d\d)\b"#, caseInsensitive: true), DateClues.Needs([.word("năm")], [.century]), { m in
            var d = mention(m); d.year = int(m[2]); d.part = part(m[1]); return d
        }),
        // năm nay, năm tới, năm sau, năm ngoái, cuối năm nay
        (Pattern(#"(?:(đầu|giữa|cuối)\s+)?năm\s+(nay|tới|sau|ngoái)\b"#, caseInsensitive: true), DateClues.Needs([.word("năm")], [.wholeWord("nay"), .wholeWord("tới"), .wholeWord("sau"), .wholeWord("ngoái")]), { m in
            var d = mention(m); d.part = part(m[1])
            switch m[2]?.lowercased() {
            case "nay": d.relative = .year(0)
            case "ngoái": d.relative = .year(-1)
            default: d.relative = .year(1)
            }
            return d
        }),
        // hôm qua, hôm nay, chiều qua, sáng nay, hôm thứ Năm
        (Pattern(#"\b(?:(?:ngày\s+)?hôm\s+(qua|nay|kia)|(sáng|trưa|chiều|tối|đêm)\s+(qua|nay)|hôm\s+thứ\s+(hai|ba|tư|năm|sáu|bảy))\b"#, caseInsensitive: true), DateClues.Needs([.word("hôm"), .wholeWord("qua"), .wholeWord("nay")],
                                                                                   [.wholeWord("qua"), .wholeWord("nay"), .wholeWord("kia"), .wholeWord("thứ")]), { m in
            var d = mention(m)
            if let weekday = m[4]?.lowercased() {
                d.relative = .weekday(weekdays[weekday] ?? 2)
            } else {
                let word = (m[1] ?? m[3] ?? "").lowercased()
                d.relative = .day(word == "nay" ? 0 : word == "kia" ? -2 : -1)
            }
            return d
        }),
        // Thứ Ba vừa qua, thứ Năm tuần trước, Chủ nhật vừa qua ("thứ hai" alone is also "second", so a time word must follow)
        (Pattern(#"\b(?:thứ\s+(hai|ba|tư|năm|sáu|bảy)|(chủ nhật))\s+(?:vừa qua|tuần trước|tuần qua|vừa rồi)\b"#, caseInsensitive: true), DateClues.Needs([.word("thứ"), .word("chủ nhật")], [.wholeWord("vừa"), .wholeWord("tuần")]), { m in
            var d = mention(m)
            d.relative = .weekday(m[2] != nil ? 8 : weekdays[(m[1] ?? "hai").lowercased()] ?? 2)
            return d
        }),
        // a year with nothing around it: "Chương trình hành động 2010"
        (Pattern(#"(?<![\d/.-])\b((?:19[4-9]|20\d)\d)\b(?![\d/-])"#), DateClues.Needs([.century]), { m in
            var d = mention(m); d.year = int(m[1]); d.isBareYear = true; return d
        }),
    ]

    public static func scan(_ text: TokenizedText) -> [DateMention] { scan(text, checkingNeeds: true) }

    /// Every rule run whatever the clues say, for the tests that check the clues skip no match.
    static func scanRunningAllRules(_ text: TokenizedText) -> [DateMention] { scan(text, checkingNeeds: false) }

    private static func scan(_ text: TokenizedText, checkingNeeds: Bool) -> [DateMention] {
        let s = text.text
        // Most patterns need a digit; the others need one of a few words. Skipping the patterns a
        // sentence cannot match is most of the cost of scanning.
        let hasDigit = s.utf8.contains { $0 >= 48 && $0 <= 57 }
        let clues = DateClues(s)
        let runnable = rules.indices.filter { index in
            (hasDigit || !rulesNeedingDigit.contains(index)) && (!checkingNeeds || clues.allow(rules[index].1))
        }
        guard !runnable.isEmpty else { return [] }
        if !hasDigit {
            let words = ["hôm", "qua", "nay", "tới", "sau", "ngoái", "thứ", "chủ nhật"]
            if checkingNeeds, let found = clues.lowercasedContains(anyOf: words) {
                guard found else { return [] }
            } else {
                let lower = s.lowercased()
                guard words.contains(where: { lower.contains($0) }) else { return [] }
            }
        }
        let ns = s as NSString
        // UTF-16 offset → scalar offset, the unit the token-based readers count in.
        var characterAt = [Int](repeating: 0, count: ns.length + 1)
        var utf16 = 0, character = 0
        for c in s.unicodeScalars {
            let width = c.utf16.count
            for k in 0..<width { characterAt[utf16 + k] = character }
            utf16 += width
            character += 1
        }
        characterAt[utf16] = character
        var claimed = [Bool](repeating: false, count: character)
        var found: [DateMention] = []
        for index in runnable {
            let (pattern, _, read) = rules[index]
            for match in pattern.matches(in: ns) {
                guard var mention = read(match) else { continue }
                mention.start = characterAt[match.utf16.location]
                mention.end = characterAt[match.utf16.location + match.utf16.length]
                if (mention.start..<mention.end).contains(where: { claimed[$0] }) { continue }
                for i in mention.start..<mention.end { claimed[i] = true }
                mention.text = PlainText.trimmingWhitespace(mention.text)
                found.append(mention)
            }
        }
        return found.sorted { $0.start < $1.start }
    }

    /// Rules whose pattern requires a digit (all but "năm nay", "hôm qua", "thứ Ba vừa qua").
    private static let rulesNeedingDigit: Set<Int> = Set(rules.indices.filter { rules[$0].0.source.contains("\\d") })

    private static func mention(_ m: Pattern.BridgedMatch) -> DateMention { DateMention(text: m.text, start: 0, end: 0) }
    private static func int(_ s: String?) -> Int? { s.flatMap { Int($0) } }
    private static func part(_ s: String?) -> DateMention.Part? { s.flatMap { DateMention.Part(rawValue: $0.lowercased()) } }

    private static func valid(_ d: DateMention) -> DateMention? {
        if let m = d.month, !(1...12).contains(m) { return nil }
        if let m = d.endMonth, !(1...12).contains(m) { return nil }
        if let day = d.day, !(1...31).contains(day) { return nil }
        if let day = d.endDay, !(1...31).contains(day) { return nil }
        if let y = d.year, !(1900...2100).contains(y) { return nil }
        return d
    }
}
