/// Splits a paragraph into sentences at ".", "!", "?" or "…" followed by a space and a capital,
/// a digit or an opening bracket/quote — but not after initials and abbreviations ("D.C.", "TP.").
public enum SentenceSplitter {
    static let abbreviations: Set<String> = ["tp", "mr", "mrs", "ms", "dr", "st", "ths", "pgs", "gs", "ts", "th.s", "no", "vs", "ng", "q", "p", "tt"]

    public static func split(_ paragraph: String) -> [String] {
        let chars = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i
                while end + 1 < chars.count, ".!?…\"”’)".contains(chars[end + 1]) { end += 1 }
                var next = end + 1
                guard next < chars.count, chars[next] == " " else { i = end + 1; continue }
                while next < chars.count, chars[next] == " " { next += 1 }
                guard next < chars.count else { break }
                let opener = chars[next]
                let startsSentence = (opener.isLetter && opener.isUppercase) || opener.isNumber || "(\"“‘[".contains(opener)
                if startsSentence, c != "." || !isAbbreviation(chars, periodAt: i) {
                    let sentence = String(chars[start...end]).trimmingCharacters(in: .whitespaces)
                    if !sentence.isEmpty { sentences.append(sentence) }
                    start = next
                }
                i = next
                continue
            }
            i += 1
        }
        let last = String(chars[min(start, chars.count)...]).trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    /// True when the word ending at `periodAt` is an initial ("D.", "C.") or a known abbreviation.
    static func isAbbreviation(_ chars: [Character], periodAt index: Int) -> Bool {
        var j = index - 1
        while j >= 0, chars[j].isLetter || chars[j] == "." { j -= 1 }
        let word = String(chars[(j + 1)..<index])
        if word.isEmpty { return false }
        let letters = word.filter(\.isLetter)
        if letters.count == 1, letters.first?.isUppercase == true { return true }
        if word.contains(".") { return true }
        return abbreviations.contains(word.lowercased())
    }
}

import Foundation
