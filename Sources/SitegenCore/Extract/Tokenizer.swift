/// A word or punctuation mark of a sentence, in written case and in folded (matching) form.
public struct Token: Sendable, Equatable {
    public var text: String
    public var folded: String
    /// Written case with modern tone placement: the form names and aliases are compared in.
    public var cased: String
    /// Character offsets into the normalised sentence.
    public var start: Int
    public var end: Int

    public var isWord: Bool { text.first.map { $0.isLetter || $0.isNumber } ?? false }
    public var isCapitalized: Bool { text.first.map { $0.isLetter && $0.isUppercase } ?? false }
}

/// A sentence prepared for matching: dashes and spaces normalised, split into tokens.
public struct TokenizedText: Sendable {
    public let text: String
    public let tokens: [Token]

    static let punctuation: Set<Character> = [",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "“", "”", "'", "‘", "’", "/", "-", "…", "«", "»"]

    public init(_ raw: String) {
        let text = VietnameseText.normalizeDashesAndSpaces(raw)
        self.text = text
        var tokens: [Token] = []
        var current = ""
        var currentStart = 0
        var offset = 0
        func flush() {
            if !current.isEmpty {
                let folded = VietnameseText.fold(current)
                tokens.append(Token(text: current, folded: folded, cased: folded == current.lowercased() ? current : VietnameseText.modernTones(current),
                                    start: currentStart, end: offset))
                current = ""
            }
        }
        for c in text {
            if c == " " {
                flush()
            } else if Self.punctuation.contains(c) {
                flush()
                tokens.append(Token(text: String(c), folded: String(c), cased: String(c), start: offset, end: offset + 1))
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
        let chars = Array(text)
        let from = tokens[range.lowerBound].start
        let to = tokens[range.upperBound - 1].end
        return String(chars[from..<to])
    }

    /// Index of the token containing a character offset.
    public func tokenIndex(atOffset offset: Int) -> Int? {
        tokens.firstIndex(where: { $0.start <= offset && offset < $0.end }) ?? tokens.firstIndex(where: { $0.start >= offset })
    }
}
