/// A word or punctuation mark of a sentence, in written case and in folded (matching) form.
public struct Token: Sendable, Equatable {
    public var text: String
    /// Lowercased, modern tone placement: the form cue words are compared in.
    public let foldedKey: PhraseKey
    /// Written case with modern tone placement: the form names and aliases are compared in.
    public let casedKey: PhraseKey
    /// Unicode-scalar offsets into the normalised sentence.
    public var start: Int
    public var end: Int

    public var folded: String { foldedKey.text }
    public var cased: String { casedKey.text }

    init(text: String, folded: String, cased: String, start: Int, end: Int) {
        self.text = text
        foldedKey = PhraseKey(folded)
        // A lowercase word is its own cased form: one hash serves both.
        casedKey = cased.utf8.elementsEqual(folded.utf8) ? foldedKey : PhraseKey(cased)
        self.start = start
        self.end = end
    }

    public var isWord: Bool { text.first.map { $0.isLetter || $0.isNumber } ?? false }
    public var isCapitalized: Bool { text.first.map { $0.isLetter && $0.isUppercase } ?? false }
}

/// A sentence prepared for matching: dashes and spaces normalised, split into tokens.
public struct TokenizedText: Sendable {
    public let text: String
    public let tokens: [Token]
    /// Where each token is in `text`, so spans are cut without counting scalars again.
    private let bounds: [Range<String.Index>]

    /// Marks that are tokens of their own (a switch, not a set: it is asked for every letter).
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "“", "”", "'", "‘", "’", "/", "-", "…", "«", "»": return true
        default: return false
        }
    }

    /// Offsets are in Unicode scalars of the normalised (NFC) text: cheap to count, and one per letter.
    public init(_ raw: String) {
        let text = VietnameseText.normalizeDashesAndSpaces(raw)
        self.text = text
        var tokens: [Token] = []
        var bounds: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var wordStart: String.Index?
        var wordOffset = 0
        var offset = 0
        var index = scalars.startIndex
        func flush() {
            guard let start = wordStart else { return }
            let word = String(scalars[start..<index])
            tokens.append(Token(text: word, folded: VietnameseText.foldWord(word), cased: VietnameseText.modernTones(word),
                                start: wordOffset, end: offset))
            bounds.append(start..<index)
            wordStart = nil
        }
        while index < scalars.endIndex {
            let c = scalars[index]
            if c == " " {
                flush()
            } else if Self.isPunctuation(c) {
                flush()
                let mark = String(c)
                tokens.append(Token(text: mark, folded: mark, cased: mark, start: offset, end: offset + 1))
                bounds.append(index..<scalars.index(after: index))
            } else if wordStart == nil {
                wordStart = index
                wordOffset = offset
            }
            index = scalars.index(after: index)
            offset += 1
        }
        flush()
        self.tokens = tokens
        self.bounds = bounds
    }

    /// The written text between two token indices (end exclusive).
    public func span(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(text.unicodeScalars[bounds[range.lowerBound].lowerBound..<bounds[range.upperBound - 1].upperBound])
    }

    /// Index of the token containing a character offset.
    public func tokenIndex(atOffset offset: Int) -> Int? {
        tokens.firstIndex(where: { $0.start <= offset && offset < $0.end }) ?? tokens.firstIndex(where: { $0.start >= offset })
    }
}
