/// What a date pattern cannot match without, and whether a sentence has it: a cheap look that
/// spares the regular-expression search of most patterns in most sentences.
///
/// A clue is only ever a necessary condition: when in doubt (letters whose case folding this does
/// not model) a clue counts as present and the pattern runs, so a date is never missed for it.
struct DateClues {
    enum Clue: Sendable {
        /// A word in any letter case ("tháng", "THÁNG"), as a case-insensitive pattern writes it.
        case word(String)
        /// A word after whitespace and not followed by a letter or digit: what `\s+(qua|nay)\b`
        /// needs. ("quan" does not have "qua": no word boundary falls between two letters.)
        /// Whitespace is a single space in the normalised sentences the scanner reads.
        case wholeWord(String)
        /// A separator with a digit right before and after it: "12/5", "2024-2026", "4.12.2015".
        case betweenDigits(Unicode.Scalar)
        /// "19" or "20" in ASCII digits: how a pattern's four-digit year starts.
        case century
    }

    /// The clues a pattern needs: at least one from each group.
    struct Needs: Sendable {
        let groups: [[Clue]]
        init(_ groups: [Clue]...) { self.groups = groups }
    }

    /// The sentence lowercased, as UTF-8; nil when it has letters for which lowercase and the
    /// regular expressions' case-insensitive matching could differ (then every word is present).
    private let lowered: [UInt8]?
    /// Every scalar found with a digit right before and after it.
    private let separatorsBetweenDigits: [Unicode.Scalar]
    private let hasCentury: Bool

    /// One pass over the sentence gathers everything the clues ask about.
    init(_ text: String) {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(text.utf8.count)
        var modelled = true
        var separators: [Unicode.Scalar] = []
        var century = false
        var beforePrevious: Unicode.Scalar?
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if modelled {
                if Self.foldsAsLowercase(scalar), let lower = ScalarFacts.lowercase(scalar) {
                    UTF8.encode(lower) { lowered.append($0) }
                } else {
                    modelled = false
                }
            }
            if let previous, let beforePrevious, Self.isDigit(scalar), Self.isDigit(beforePrevious) { separators.append(previous) }
            if (previous == "1" && scalar == "9") || (previous == "2" && scalar == "0") { century = true }
            beforePrevious = previous
            previous = scalar
        }
        self.lowered = modelled ? lowered : nil
        separatorsBetweenDigits = separators
        hasCentury = century
    }

    /// Letters whose case-insensitive match is exactly their lowercase: precomposed Latin letters
    /// (Vietnamese included) and punctuation. Not "ſ", which matches "s" case-insensitively, and
    /// not combining marks or other scripts, which are left to the patterns themselves.
    static func foldsAsLowercase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x17F: return false
        case 0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x205E: return true
        default: return false
        }
    }

    func allow(_ needs: Needs) -> Bool {
        needs.groups.allSatisfy { group in group.contains(where: has) }
    }

    func has(_ clue: Clue) -> Bool {
        switch clue {
        case .word(let word):
            guard let lowered else { return true }
            return Self.find(Array(word.utf8), in: lowered)
        case .wholeWord(let word):
            guard let lowered else { return true }
            let needle = Array(" \(word)".utf8)
            var start = 0
            while let found = Self.firstIndex(of: needle, in: lowered, from: start) {
                let after = found + needle.count
                if after == lowered.count || !Self.startsLetterOrDigit(lowered, at: after) { return true }
                start = found + 1
            }
            return false
        case .betweenDigits(let separator):
            return separatorsBetweenDigits.contains(separator)
        case .century:
            return hasCentury
        }
    }

    /// Whether `text.lowercased()` contains one of the words, as Foundation's `contains` finds it;
    /// nil when the sentence has letters the clues do not model (then ask Foundation).
    func lowercasedContains(anyOf words: [String]) -> Bool? {
        // The lowered bytes are the lowercased text, of precomposed letters and punctuation only,
        // where Foundation's search is a byte search.
        guard let lowered, words.allSatisfy(PlainText.isPlain) else { return nil }
        return words.contains { Self.find(Array($0.utf8), in: lowered) }
    }

    /// What `\d` matches: any decimal digit, not only ASCII.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (48...57).contains(scalar.value) }
        return scalar.properties.generalCategory == .decimalNumber
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        needle.isEmpty || firstIndex(of: needle, in: haystack, from: 0) != nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count - from >= needle.count else { return nil }
        for start in from...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// Whether the scalar starting at a byte offset of the lowered sentence (precomposed Latin
    /// and punctuation only) is a letter or a digit, between which and a letter no word boundary
    /// falls (word-break rules WB5, WB9).
    private static func startsLetterOrDigit(_ bytes: [UInt8], at offset: Int) -> Bool {
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        if scalar.isASCII { return (48...57).contains(scalar.value) || (97...122).contains(scalar.value) || (65...90).contains(scalar.value) }
        let latin = (0xC0...0x24F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value)
        return latin && ScalarFacts.isAlphabetic(scalar)
    }
}
