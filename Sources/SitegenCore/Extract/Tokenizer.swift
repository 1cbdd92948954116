/// A word or punctuation mark of a sentence, in written case and in folded (matching) form.
public struct Token: Sendable, Equatable {
    public var text: String
    public var folded: String
    /// Written case with modern tone placement: the form names and aliases are compared in.
    public var cased: String
    /// Unicode-scalar offsets into the normalised sentence.
    public var start: Int
    public var end: Int

    public var isWord: Bool { text.first.map { $0.isLetter || $0.isNumber } ?? false }
    public var isCapitalized: Bool { text.first.map { $0.isLetter && $0.isUppercase } ?? false }
}

/// A sentence prepared for matching: dashes and spaces normalised, split into tokens.
public struct TokenizedText: Sendable {
    public let text: String
    public let tokens: [Token]

    static let punctuation: Set<Unicode.Scalar> = [",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "“", "”", "'", "‘", "’", "/", "-", "…", "«", "»"]

    /// Offsets are in Unicode scalars of the normalised (NFC) text: cheap to count, and one per letter.
    public init(_ raw: String) {
        let text = VietnameseText.normalizeDashesAndSpaces(raw)
        self.text = text
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var currentStart = 0
        var offset = 0
        func flush() {
            if !current.isEmpty {
                let word = String(current)
                tokens.append(Token(text: word, folded: VietnameseText.foldWord(word), cased: VietnameseText.modernTones(word),
                                    start: currentStart, end: offset))
                current = String.UnicodeScalarView()
            }
        }
        for c in text.unicodeScalars {
            if c == " " {
                flush()
            } else if Self.punctuation.contains(c) {
                flush()
                let mark = String(c)
                tokens.append(Token(text: mark, folded: mark, cased: mark, start: offset, end: offset + 1))
            } else {
                if current.isEmpty { currentStart = offset }
                current.append(c)
            }
            offset += 1
        }
        flush()
        self.tokens = tokens
    }

    /// The written text between two token indices (end exclusive).
    public func span(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
        return String(out)
    }

    /// Index of the token containing a character offset.
    public func tokenIndex(atOffset offset: Int) -> Int? {
        tokens.firstIndex(where: { $0.start <= offset && offset < $0.end }) ?? tokens.firstIndex(where: { $0.start >= offset })
    }
}
