/// Matches the cue words of event kinds and topics in sentences.
public struct CueReader: Sendable {
    let kinds: PhraseIndex<Int>
    let kindExceptions: PhraseIndex<Int>
    let kindList: [EventKind]
    let topicCues: PhraseIndex<String>
    let topicExceptions: PhraseIndex<String>

    public init(knowledge: Knowledge) {
        kindList = knowledge.kinds
        kinds = PhraseIndex(knowledge.kinds.enumerated().flatMap { index, kind in kind.cues.map { ($0, index) } })
        kindExceptions = PhraseIndex(knowledge.kinds.enumerated().flatMap { index, kind in (kind.except ?? []).map { ($0, index) } })
        topicCues = PhraseIndex(knowledge.topics.flatMap { t in t.cues.map { ($0, t.id) } })
        topicExceptions = PhraseIndex(knowledge.topics.flatMap { t in (t.except ?? []).map { ($0, t.id) } })
    }

    /// The kind a sentence reports, by the data file's priority order, and where its cue is.
    /// - Parameter primaryOnly: only kinds an article can be about, and not the occasion of the event
    ///   ("bên lề Hội nghị Thượng đỉnh …", "tham dự Hội nghị …" frame a meeting, they are not it).
    public func kind(in text: TokenizedText, primaryOnly: Bool) -> (kind: EventKind, tokens: Range<Int>)? {
        let hits = kindHits(in: text).filter { hit in
            guard primaryOnly else { return true }
            let kind = kindList[hit.payload]
            let canLead = kind.primary ?? true || (kind.primary_cues ?? []).contains { VietnameseText.fold($0) == VietnameseText.fold(hit.phrase) }
            return canLead && !isOccasion(hit.range, in: text)
        }
        guard let best = hits.min(by: { $0.payload != $1.payload ? $0.payload < $1.payload : $0.range.lowerBound < $1.range.lowerBound }) else { return nil }
        return (kindList[best.payload], best.range)
    }

    /// A conference named as the setting of something else: "bên lề Hội nghị …", "dự Hội nghị …".
    func isOccasion(_ range: Range<Int>, in text: TokenizedText) -> Bool {
        let before = text.tokens[max(0, range.lowerBound - 2)..<range.lowerBound].map(\.folded)
        return before.contains("lề") || before.last == "dự" || before.last == "khuôn" || before.last == "khổ"
    }

    public func kinds(in text: TokenizedText) -> [(kind: EventKind, tokens: Range<Int>)] {
        kindHits(in: text).map { (kindList[$0.payload], $0.range) }
    }

    /// Kind cues outside the phrases that only look like them.
    func kindHits(in text: TokenizedText) -> [PhraseIndex<Int>.Hit] {
        var masked = Set<Int>()
        for hit in kindExceptions.hits(in: text) { masked.formUnion(hit.range) }
        return kinds.hits(in: text, skipping: masked)
    }

    /// Topic ids whose cues occur in the sentence outside their exception phrases.
    public func topics(in text: TokenizedText) -> Set<String> {
        var result = Set<String>()
        var masked: [String: Set<Int>] = [:]
        for hit in topicExceptions.hits(in: text) { masked[hit.payload, default: []].formUnion(hit.range) }
        // Exceptions of all topics are tried first, so each cue is checked against its own topic's mask.
        for token in text.tokens.indices {
            guard let hit = topicCues.longestMatch(in: text.tokens, at: token) else { continue }
            if let mask = masked[hit.payload], !mask.isDisjoint(with: hit.range) { continue }
            result.insert(hit.payload)
        }
        return result
    }
}
