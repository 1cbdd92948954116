import Foundation

extension VietnameseText {
    /// The general implementations of the folding functions, on Foundation and full Unicode
    /// mappings. The fast versions in `VietnameseText` fall back to these for the rare input their
    /// tables do not cover (combining marks, letters whose lowercase is several scalars), and the
    /// tests check the two agree.
    enum Reference {
        static func foldWord(_ text: String) -> String {
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

        static func modernTones(_ text: String) -> String {
            var previous: Unicode.Scalar = " "
            var candidate = false
            for scalar in text.unicodeScalars {
                if toneSeconds.contains(scalar), "oOuU".unicodeScalars.contains(previous) { candidate = true; break }
                previous = scalar
            }
            guard candidate else { return text }
            var s = text
            for (old, new) in VietnameseText.tonePlacementWithCase where s.contains(old) {
                s = s.replacingOccurrences(of: old, with: new)
            }
            return s
        }

        private static let toneSeconds: Set<Unicode.Scalar> = Set(VietnameseText.tonePlacementWithCase.map { $0.0.unicodeScalars.last! })

        static func normalizeDashesAndSpaces(_ text: String) -> String {
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
    }
}
