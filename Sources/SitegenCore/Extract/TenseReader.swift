/// Whether a date in a clause lies ahead of or behind the time the article was written.
public enum Tense: String, Sendable { case past, present, future }

/// Reads tense from cue words in the clause around a date ("sẽ", "tới", "đã", "vừa qua").
/// The cue nearest to the date wins; a clause with no cue is read as past, as news mostly is.
public struct TenseReader: Sendable {
    private let cues: PhraseIndex<Tense>

    private let periodAheadCues: PhraseIndex<Bool>

    public init(language: LanguageCues) {
        cues = PhraseIndex(language.future.map { ($0, Tense.future) } + language.past.map { ($0, Tense.past) })
        periodAheadCues = PhraseIndex(language.period_ahead.map { ($0, true) })
    }

    /// "đẩy nhanh xây dựng Chương trình hành động giai đoạn 2025-2030": a period still to come.
    public func periodAhead(_ mention: DateMention, in text: TokenizedText) -> Bool {
        guard let first = text.tokenIndex(atOffset: mention.start) else { return false }
        var from = max(0, first - 14)
        if let stop = text.tokens[from..<first].lastIndex(where: { [",", ";", "."].contains($0.text) }) { from = stop + 1 }
        return periodAheadCues.hits(in: text).contains { $0.range.lowerBound >= from && $0.range.upperBound <= first }
            || tense(ofSpan: mention.start..<mention.end, in: text) == .future
    }

    public func tense(of mention: DateMention, in text: TokenizedText) -> Tense {
        if let relative = mention.relative {
            switch relative {
            case .day(let n), .year(let n), .month(let n):
                return n > 0 ? .future : n < 0 ? .past : .present
            case .weekday: return .past
            }
        }
        return tense(ofSpan: mention.start..<mention.end, in: text) ?? .past
    }

    /// Nearest cue to a character span, within its clause (bounded by ";" and the sentence ends).
    public func tense(ofSpan span: Range<Int>, in text: TokenizedText) -> Tense? {
        let tokens = text.tokens
        guard let first = tokens.firstIndex(where: { $0.end > span.lowerBound }) else { return nil }
        let last = tokens.lastIndex(where: { $0.start < span.upperBound }) ?? first
        var clauseStart = first
        while clauseStart > 0, tokens[clauseStart - 1].text != ";" { clauseStart -= 1 }
        var clauseEnd = last
        while clauseEnd + 1 < tokens.count, tokens[clauseEnd + 1].text != ";" { clauseEnd += 1 }
        var best: (distance: Int, tense: Tense)?
        for hit in cues.hits(in: text) where hit.range.lowerBound >= clauseStart && hit.range.upperBound <= clauseEnd + 1 {
            if hit.range.overlaps(first..<(last + 1)) { continue }
            let distance = hit.range.lowerBound > last ? hit.range.lowerBound - last : first - hit.range.upperBound + 1
            if best == nil || distance < best!.distance { best = (distance, hit.payload) }
        }
        return best?.tense
    }
}
