import Foundation

/// The answers the text code needs about one Unicode scalar, read from a table filled once by
/// asking the standard library and Foundation themselves.
///
/// A lookup therefore gives exactly the answer of the API it stands for, at the cost of an array
/// read instead of a Unicode property search (or a CharacterSet probe) for every letter of every
/// article. Scalars past the table, rare in Vietnamese text, are asked directly.
enum ScalarFacts {
    /// Covers ASCII, Latin-1, Latin Extended A/B, combining marks, Greek, Cyrillic, Latin Extended
    /// Additional (the precomposed Vietnamese letters) and General Punctuation (dashes, quotes).
    static let tableEnd: UInt32 = 0x2100

    private struct Flags: OptionSet {
        let rawValue: UInt16
        /// `Unicode.Scalar.Properties.isWhitespace`
        static let whitespace = Flags(rawValue: 1 << 0)
        /// `Unicode.Scalar.Properties.isUppercase`
        static let uppercase = Flags(rawValue: 1 << 1)
        /// `Unicode.Scalar.Properties.isLowercase`
        static let lowercase = Flags(rawValue: 1 << 2)
        /// `Unicode.Scalar.Properties.isAlphabetic`
        static let alphabetic = Flags(rawValue: 1 << 3)
        /// `Unicode.Scalar.Properties.numericType != nil`
        static let numeric = Flags(rawValue: 1 << 4)
        /// `CharacterSet.whitespaces`, what `trimmingCharacters(in: .whitespaces)` removes.
        static let trimmedWhitespace = Flags(rawValue: 1 << 5)
        /// The lowercase mapping is one scalar (in `lowercased`), not several.
        static let singleLowercase = Flags(rawValue: 1 << 6)
        /// `Character(scalar).isUppercase`, `.isLowercase`, `.isLetter`: for a scalar that is a
        /// whole character these can differ from the scalar properties ("ĸ" counts as uppercase).
        static let characterUppercase = Flags(rawValue: 1 << 7)
        static let characterLowercase = Flags(rawValue: 1 << 8)
        static let characterLetter = Flags(rawValue: 1 << 9)
    }

    private static let table: (flags: [Flags], lowercased: [Unicode.Scalar]) = {
        var flags = [Flags](repeating: [], count: Int(tableEnd))
        var lowercased = [Unicode.Scalar](repeating: "\0", count: Int(tableEnd))
        let trimmed = CharacterSet.whitespaces
        for value in 0..<tableEnd {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let p = scalar.properties
            var f: Flags = []
            if p.isWhitespace { f.insert(.whitespace) }
            if p.isUppercase { f.insert(.uppercase) }
            if p.isLowercase { f.insert(.lowercase) }
            if p.isAlphabetic { f.insert(.alphabetic) }
            if p.numericType != nil { f.insert(.numeric) }
            if trimmed.contains(scalar) { f.insert(.trimmedWhitespace) }
            let lower = p.lowercaseMapping.unicodeScalars
            if lower.count == 1, let only = lower.first {
                f.insert(.singleLowercase)
                lowercased[Int(value)] = only
            }
            let character = Character(scalar)
            if character.isUppercase { f.insert(.characterUppercase) }
            if character.isLowercase { f.insert(.characterLowercase) }
            if character.isLetter { f.insert(.characterLetter) }
            flags[Int(value)] = f
        }
        return (flags, lowercased)
    }()

    @inline(__always)
    private static func has(_ scalar: Unicode.Scalar, _ flag: Flags) -> Bool? {
        scalar.value < tableEnd ? table.flags[Int(scalar.value)].contains(flag) : nil
    }

    static func isWhitespace(_ s: Unicode.Scalar) -> Bool { has(s, .whitespace) ?? s.properties.isWhitespace }
    static func isUppercase(_ s: Unicode.Scalar) -> Bool { has(s, .uppercase) ?? s.properties.isUppercase }
    static func isLowercase(_ s: Unicode.Scalar) -> Bool { has(s, .lowercase) ?? s.properties.isLowercase }
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { has(s, .alphabetic) ?? s.properties.isAlphabetic }
    static func isNumeric(_ s: Unicode.Scalar) -> Bool { has(s, .numeric) ?? (s.properties.numericType != nil) }
    /// In `CharacterSet.whitespaces`: removed by `trimmingCharacters(in: .whitespaces)`.
    static func isTrimmedWhitespace(_ s: Unicode.Scalar) -> Bool { has(s, .trimmedWhitespace) ?? CharacterSet.whitespaces.contains(s) }

    /// The lowercase mapping when it is a single scalar; nil when it is several ("İ" → "i̇").
    static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s.value < tableEnd {
            let value = Int(s.value)
            return table.flags[value].contains(.singleLowercase) ? table.lowercased[value] : nil
        }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first : nil
    }

    /// `Character(s).isUppercase` etc., for a scalar known to be a character of its own.
    static func characterIsUppercase(_ s: Unicode.Scalar) -> Bool { has(s, .characterUppercase) ?? Character(s).isUppercase }
    static func characterIsLowercase(_ s: Unicode.Scalar) -> Bool { has(s, .characterLowercase) ?? Character(s).isLowercase }
    static func characterIsLetter(_ s: Unicode.Scalar) -> Bool { has(s, .characterLetter) ?? Character(s).isLetter }

    /// True when the scalar is a whole character (grapheme cluster) whatever its neighbours, so
    /// text made only of such scalars can be read scalar by scalar with `Character` semantics:
    /// letters with their diacritics precomposed (Latin, Latin Extended, Vietnamese), ASCII but
    /// the carriage return (which joins a following line feed), and ordinary punctuation. Combining
    /// marks, joiners, emoji and scripts with clusters are not.
    static func isWholeCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x0C, 0x0E...0x7F: return true
        case 0xA0...0x2FF: return true       // Latin-1 Supplement, Latin Extended-A/B, IPA, spacing modifiers
        case 0x1E00...0x1EFF: return true    // Latin Extended Additional: precomposed Vietnamese letters
        case 0x2010...0x2027, 0x2030...0x205E: return true  // dashes, quotes, ellipsis, other punctuation
        default: return false
        }
    }
}
