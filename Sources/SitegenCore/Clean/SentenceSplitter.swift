import Foundation

/// Splits a paragraph into sentences at ".", "!", "?" or "…" followed by a space and a capital,
/// a digit or an opening bracket/quote — but not after initials and abbreviations ("D.C.", "TP.").
/// Works on Unicode scalars: the text is NFC, so a letter is one scalar, and scalars are cheap.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = ["tp", "mr", "mrs", "ms", "dr", "st", "ths", "pgs", "gs", "ts", "th.s", "no", "vs", "ng", "q", "p", "tt"]

    static func isStop(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "!", "?", "…": return true
        default: return false
        }
    }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "!", "?", "…", "\"", "”", "’", ")": return true
        default: return false
        }
    }

    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "\"", "“", "‘", "[": return true
        default: return false
        }
    }

    public static func split(_ paragraph: String) -> [String] {
        let chars = Array(paragraph.unicodeScalars)
        var sentences: [String] = []
        var start = 0
        var i = 0
        // Where each scalar starts in the UTF-8 bytes, so a sentence is cut out of them in one copy.
        let bytes = Array(paragraph.utf8)
        var byteOffset = [Int](repeating: 0, count: chars.count + 1)
        for (i, c) in chars.enumerated() { byteOffset[i + 1] = byteOffset[i] + UTF8.width(c) }
        /// The scalars in `range` trimmed as `trimmingCharacters(in: .whitespaces)` trims.
        func piece(_ range: Range<Int>) -> String {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, ScalarFacts.isTrimmedWhitespace(chars[lower]) { lower += 1 }
            while upper > lower, ScalarFacts.isTrimmedWhitespace(chars[upper - 1]) { upper -= 1 }
            return String(decoding: bytes[byteOffset[lower]..<byteOffset[upper]], as: UTF8.self)
        }
        while i < chars.count {
            let c = chars[i]
            if isStop(c) {
                var end = i
                while end + 1 < chars.count, isCloser(chars[end + 1]) { end += 1 }
                var next = end + 1
                guard next < chars.count, chars[next] == " " else { i = end + 1; continue }
                while next < chars.count, chars[next] == " " { next += 1 }
                guard next < chars.count else { break }
                let opener = chars[next]
                let startsSentence = ScalarFacts.isUppercase(opener) || ScalarFacts.isNumeric(opener) || isOpener(opener)
                if startsSentence, c != "." || !isAbbreviation(chars, periodAt: i) {
                    let sentence = piece(start..<(end + 1))
                    if !sentence.isEmpty { sentences.append(sentence) }
                    start = next
                }
                i = next
                continue
            }
            i += 1
        }
        let last = piece(min(start, chars.count)..<chars.count)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    /// True when the word ending at `periodAt` is an initial ("D.", "C.") or a known abbreviation.
    static func isAbbreviation(_ chars: [Unicode.Scalar], periodAt index: Int) -> Bool {
        var j = index - 1
        while j >= 0, ScalarFacts.isAlphabetic(chars[j]) || chars[j] == "." { j -= 1 }
        guard j + 1 < index else { return false }
        let word = chars[(j + 1)..<index]
        let letters = word.filter(ScalarFacts.isAlphabetic)
        if letters.count == 1, let only = letters.first, ScalarFacts.isUppercase(only) { return true }
        if word.contains(".") { return true }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: word)
        return abbreviations.contains(String(view).lowercased())
    }
}
