import Foundation

/// Text normalisation for matching Vietnamese cue words, aliases and names.
///
/// News text mixes old and new tone placement ("hoà" / "hòa"), dash styles and spacing around
/// dashes ("Việt Nam-Anh" / "Việt Nam – Anh"); matching must not depend on any of that.
public enum VietnameseText {
    /// Old-style tone placement on the first vowel of "oa", "oe", "uy" mapped to the modern form.
    private static let tonePlacement: [(String, String)] = [
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ]

    /// Lowercased, NFC, modern tone placement, unified dashes and whitespace: the form cues are compared in.
    public static func fold(_ text: String) -> String {
        normalizeDashesAndSpaces(foldWord(text))
    }

    /// `fold` for one word (no spaces or dashes to normalise): the tokenizer's hot path.
    public static func foldWord(_ text: String) -> String {
        // Plain lowercase ASCII words need no work at all.
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 65 && $0 <= 90) }) { return text }
        // Lowercased scalar by scalar from a table. A scalar whose lowercase is several scalars, or
        // a combining mark (decomposed input, to be composed), is rare: those words take the
        // general path.
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                folded.unicodeScalars.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
            } else if (0x300...0x36F).contains(scalar.value) {
                return Reference.foldWord(text)
            } else if let lower = ScalarFacts.lowercase(scalar) {
                folded.unicodeScalars.append(lower)
            } else {
                return Reference.foldWord(text)
            }
        }
        return modernTones(folded)
    }

    /// Modern tone placement with letter case kept, for case-sensitive matching of names ("Hoà" = "Hòa").
    public static func modernTones(_ text: String) -> String {
        // Only "o" or "u" followed by a toned vowel can need moving: check that cheaply first.
        var previousIsOorU = false
        var candidate = false
        var plainLatin = true
        for scalar in text.unicodeScalars {
            if previousIsOorU, toneSecond.contains(scalar) { candidate = true }
            if !isPrecomposedLatin(scalar) { plainLatin = false }
            switch scalar {
            case "o", "O", "u", "U": previousIsOorU = true
            default: previousIsOorU = false
            }
        }
        guard candidate else { return text }
        // Foundation's search also matches decomposed forms; text of precomposed letters alone has
        // none, and there the pairs are simply swapped scalar by scalar.
        guard plainLatin else { return Reference.modernTones(text) }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let first = pending {
            let second = scalars.next()
            if let second, let replacement = modernPair[TonePair(first, second)] {
                out.append(replacement.first)
                out.append(replacement.second)
                pending = scalars.next()
            } else {
                out.append(first)
                pending = second
            }
        }
        return String(out)
    }

    /// Foundation's `contains`, which finds composed and decomposed letters alike, with the same
    /// answer: text and word of precomposed letters only (the usual case) are compared byte for
    /// byte, anything else is left to Foundation.
    public static func contains(_ text: String, _ word: String) -> Bool {
        guard text.unicodeScalars.allSatisfy(isPrecomposedLatin), word.unicodeScalars.allSatisfy(isPrecomposedLatin) else {
            return text.contains(word)
        }
        let needle = Array(word.utf8)
        guard let first = needle.first else { return text.contains(word) }
        let haystack = Array(text.utf8)
        guard haystack.count >= needle.count else { return false }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Letters, digits and punctuation that Foundation's canonical-equivalence search matches only
    /// literally: ASCII, Latin-1 and Latin Extended, precomposed Vietnamese letters, dashes and
    /// quotes. No combining marks, nothing with a canonical decomposition of its own.
    private static func isPrecomposedLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    private struct TonePair: Hashable {
        let first: Unicode.Scalar
        let second: Unicode.Scalar
        init(_ first: Unicode.Scalar, _ second: Unicode.Scalar) { self.first = first; self.second = second }
    }

    /// `tonePlacementWithCase` as scalar pairs. A pair starts with "o"/"u" and ends with a toned
    /// vowel, its replacement ends with a plain vowel: replacements can neither overlap nor make a
    /// new pair, so one left-to-right pass gives what replacing each pair in turn gives.
    private static let modernPair: [TonePair: TonePair] = Dictionary(uniqueKeysWithValues: tonePlacementWithCase.map { old, new in
        let o = Array(old.unicodeScalars), n = Array(new.unicodeScalars)
        return (TonePair(o[0], o[1]), TonePair(n[0], n[1]))
    })

    private static let toneSecond: Set<Unicode.Scalar> = Set(tonePlacement.map { $0.0.unicodeScalars.last! })
    static let tonePlacementWithCase: [(String, String)] = tonePlacement + tonePlacement.map { old, new in
        (old.prefix(1).uppercased() + old.dropFirst(), new.prefix(1).uppercased() + new.dropFirst())
    }

    /// Same as `fold` but keeps letter case, for case-sensitive matching of names and aliases.
    /// Dashes of every style become "-" with no space around them, so "Việt Nam-Anh",
    /// "Việt Nam – Anh" and "Việt Nam - Anh" compare equal; runs of whitespace become one space.
    public static func normalizeDashesAndSpaces(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // Text already normalised (the usual case) is returned as it is, not copied.
        var rewritten = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if byte != 0x20 || pendingSpace { rewritten = true }
                    pendingSpace = true
                    continue
                }
                if byte == UInt8(ascii: "-") {
                    if pendingSpace { rewritten = true }
                    pendingSpace = false
                    out.append(byte)
                    continue
                }
                if pendingSpace {
                    if !out.isEmpty, out.last != UInt8(ascii: "-") { out.append(0x20) } else { rewritten = true }
                }
                pendingSpace = false
                out.append(byte)
                continue
            }
            if isDashVariant(scalar) {
                rewritten = true
                pendingSpace = false
                out.append(UInt8(ascii: "-"))
                continue
            }
            if ScalarFacts.isWhitespace(scalar) {
                rewritten = true
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if !out.isEmpty, out.last != UInt8(ascii: "-") { out.append(0x20) } else { rewritten = true }
            }
            pendingSpace = false
            UTF8.encode(scalar) { out.append($0) }
        }
        if pendingSpace { rewritten = true }
        return rewritten ? String(decoding: out, as: UTF8.self) : text
    }

    private static func isDashVariant(_ c: Unicode.Scalar) -> Bool {
        c == "\u{2013}" || c == "\u{2014}" || c == "\u{2012}" || c == "\u{2011}" || c == "\u{2010}"
    }

    /// ASCII slug: "Đối thoại Chính trị - An ninh" → "doi-thoai-chinh-tri-an-ninh".
    public static func slug(_ text: String, maxLength: Int = 80) -> String {
        // Built as bytes: only ASCII letters, digits and "-" end up in a slug.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastDash = true
        func add(_ scalar: Unicode.Scalar) {
            if scalar.isASCII, isASCIILetterOrDigit(UInt8(scalar.value)) {
                bytes.append(UInt8(scalar.value))
                lastDash = false
            } else if !lastDash {
                bytes.append(UInt8(ascii: "-"))
                lastDash = true
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                add(scalar)
            } else {
                for part in foldedForSlug(scalar).unicodeScalars { add(part) }
            }
        }
        while bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
        if bytes.count > maxLength {
            bytes.removeLast(bytes.count - maxLength)
            while bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
        }
        for i in bytes.indices where bytes[i] >= 65 && bytes[i] <= 90 { bytes[i] += 32 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What `CharacterSet.alphanumerics` holds of ASCII.
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }

    /// The folding of every Latin letter Vietnamese (and most European) text uses, made once: the
    /// render workers slug names on every page, and a shared memo's lock made them wait on each other.
    private static let latinSlugFolding: [String] = (0x80..<0x250).map { foldSlowly(Unicode.Scalar($0)!) }
    private static let vietnameseSlugFolding: [String] = (0x1E00..<0x1F00).map { foldSlowly(Unicode.Scalar($0)!) }
    private static let slugFolding = Memo<Unicode.Scalar, String>()

    private static func foldedForSlug(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x80..<0x250: return latinSlugFolding[Int(scalar.value) - 0x80]
        case 0x1E00..<0x1F00: return vietnameseSlugFolding[Int(scalar.value) - 0x1E00]
        default:
            if let known = slugFolding.value(for: scalar) { return known }
            let folded = foldSlowly(scalar)
            slugFolding.set(folded, for: scalar)
            return folded
        }
    }

    private static func foldSlowly(_ scalar: Unicode.Scalar) -> String {
        String(scalar).replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Word count, for the length heuristics of title and sentence detection.
    public static func wordCount(_ text: String) -> Int {
        PlainText.wordCount(text)
    }
}
