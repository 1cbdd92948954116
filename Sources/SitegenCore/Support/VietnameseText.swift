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
        var scalars = String.UnicodeScalarView()
        var needsNFC = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                scalars.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
            } else {
                if (0x300...0x36F).contains(scalar.value) { needsNFC = true }
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        var folded = String(scalars)
        // Decomposed input (combining marks) is rare; compose it before comparing.
        if needsNFC { folded = folded.precomposedStringWithCanonicalMapping }
        return modernTones(folded)
    }

    /// Modern tone placement with letter case kept, for case-sensitive matching of names ("Hoà" = "Hòa").
    public static func modernTones(_ text: String) -> String {
        // Only "o" or "u" followed by a toned vowel can need moving: check that cheaply first.
        var previous: Unicode.Scalar = " "
        var candidate = false
        for scalar in text.unicodeScalars {
            if toneSecond.contains(scalar), "oOuU".unicodeScalars.contains(previous) { candidate = true; break }
            previous = scalar
        }
        guard candidate else { return text }
        var s = text
        for (old, new) in tonePlacementWithCase where s.contains(old) {
            s = s.replacingOccurrences(of: old, with: new)
        }
        return s
    }

    private static let toneSecond: Set<Unicode.Scalar> = Set(tonePlacement.map { $0.0.unicodeScalars.last! })
    private static let tonePlacementWithCase: [(String, String)] = tonePlacement + tonePlacement.map { old, new in
        (old.prefix(1).uppercased() + old.dropFirst(), new.prefix(1).uppercased() + new.dropFirst())
    }

    /// Same as `fold` but keeps letter case, for case-sensitive matching of names and aliases.
    /// Dashes of every style become "-" with no space around them, so "Việt Nam-Anh",
    /// "Việt Nam – Anh" and "Việt Nam - Anh" compare equal; runs of whitespace become one space.
    public static func normalizeDashesAndSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            var c = scalar
            if c == "\u{2013}" || c == "\u{2014}" || c == "\u{2012}" || c == "\u{2011}" || c == "\u{2010}" { c = "-" }
            if c.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if c == "-" {
                pendingSpace = false
                while out.last == " " { out.removeLast() }
                out.append(c)
                continue
            }
            if pendingSpace, !out.isEmpty, out.last != "-" { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        return String(out)
    }

    /// ASCII slug: "Đối thoại Chính trị - An ninh" → "doi-thoai-chinh-tri-an-ninh".
    public static func slug(_ text: String, maxLength: Int = 80) -> String {
        var ascii = ""
        var lastDash = true
        for scalar in text.unicodeScalars {
            // Folding is done a character at a time and remembered: Foundation's folding of whole
            // titles was a noticeable share of a build. For text in NFC the result is the same.
            let folded = scalar.isASCII ? String(scalar) : foldedForSlug(scalar)
            for part in folded.unicodeScalars {
                if part.isASCII, CharacterSet.alphanumerics.contains(part) {
                    ascii.unicodeScalars.append(part)
                    lastDash = false
                } else if !lastDash {
                    ascii.append("-")
                    lastDash = true
                }
            }
        }
        while ascii.hasSuffix("-") { ascii.removeLast() }
        if ascii.count > maxLength {
            ascii = String(ascii.prefix(maxLength))
            while ascii.hasSuffix("-") { ascii.removeLast() }
        }
        return ascii.lowercased()
    }

    private static let slugFolding = Memo<Unicode.Scalar, String>()

    private static func foldedForSlug(_ scalar: Unicode.Scalar) -> String {
        if let known = slugFolding.value(for: scalar) { return known }
        let folded = String(scalar).replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        slugFolding.set(folded, for: scalar)
        return folded
    }

    /// Word count, for the length heuristics of title and sentence detection.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
    }
}
