/// Conversions between plain article text and Markdown.
public enum MarkdownText {
    /// Escapes characters that CommonMark would read as markup, so plain text renders as written.
    public static func escape(_ text: String) -> String {
        // Most sentences hold none of these characters: return them untouched.
        let special: Set<UInt8> = Set("\\*_`[]<>|#+-=".utf8)
        let bytes = text.utf8
        guard bytes.contains(where: special.contains) || bytes.first.map({ $0 >= 48 && $0 <= 57 }) == true else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for (index, c) in text.unicodeScalars.enumerated() {
            switch c {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "|":
                out.append("\\")
                out.unicodeScalars.append(c)
            case "#", "+", "-", "=":
                if index == 0 { out.append("\\") }
                out.unicodeScalars.append(c)
            default:
                out.unicodeScalars.append(c)
            }
        }
        // "1. text" or "1) text" at the start would become a list.
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, ".)".contains(out[dot]) {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// A rough plain-text reading of one Markdown line for extraction: links keep their text,
    /// emphasis markers and heading/list markers go.
    public static func plain(_ line: String) -> String {
        var s = line
        while let first = s.first, "#>".contains(first) { s.removeFirst() }
        if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("+ ") { s.removeFirst(2) }
        s = link.replacing(in: s, with: "$1")
        s = s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        s = s.replacingOccurrences(of: "`", with: "")
        return s.trimmingCharacters(in: .whitespaces)
    }

    static let link = Pattern(#"!?\[([^\]]*)\]\([^)]*\)"#)
}

import Foundation
