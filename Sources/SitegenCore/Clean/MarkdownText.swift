/// Conversions between plain article text and Markdown.
public enum MarkdownText {
    /// Escapes characters that CommonMark would read as markup, so plain text renders as written.
    public static func escape(_ text: String) -> String {
        // Most sentences hold none of these characters: return them untouched.
        let bytes = text.utf8
        guard bytes.contains(where: isSpecial) || bytes.first.map({ $0 >= 48 && $0 <= 57 }) == true else { return text }
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

    /// The Markdown of a plain-text body: its paragraphs, each sentence escaped.
    public static func markdown(of paragraphs: [[String]]) -> String {
        joinedBlocks(paragraphs.map { $0.map(escape).joined(separator: " ") })
    }

    /// Blocks separated by blank lines, with a final newline, in a string of exactly that size:
    /// a Markdown article's body stays in memory until its page is rendered, and appending the
    /// last newline to a joined string could double its capacity.
    static func joinedBlocks(_ blocks: [String]) -> String {
        let size = blocks.reduce(0) { $0 + $1.utf8.count } + 2 * max(0, blocks.count - 1) + 1
        return String(unsafeUninitializedCapacity: size) { buffer in
            var at = 0
            func put<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
                for byte in bytes {
                    buffer[at] = byte
                    at += 1
                }
            }
            for (i, block) in blocks.enumerated() {
                if i > 0 { put([0x0A, 0x0A]) }
                put(block.utf8)
            }
            put([0x0A])
            return at
        }
    }

    /// A rough plain-text reading of one Markdown line for extraction: links keep their text,
    /// emphasis markers and heading/list markers go.
    public static func plain(_ line: String) -> String {
        var s = line
        while let first = s.first, "#>".contains(first) { s.removeFirst() }
        if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("+ ") { s.removeFirst(2) }
        // Each replacement only where its characters occur: a link needs "](", emphasis "*" or "_".
        let bytes = s.utf8
        if zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "]") && $1 == UInt8(ascii: "(") }) {
            s = link.replacing(in: s, with: "$1")
        }
        if s.utf8.contains(UInt8(ascii: "*")) { s = s.replacingOccurrences(of: "**", with: "") }
        if s.utf8.contains(UInt8(ascii: "_")) { s = s.replacingOccurrences(of: "__", with: "") }
        if s.utf8.contains(UInt8(ascii: "`")) { s = s.replacingOccurrences(of: "`", with: "") }
        return PlainText.trimmingWhitespace(s)
    }

    /// The bytes `escape` may have to escape: \\ * _ ` [ ] < > | # + - =
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    static let link = Pattern(#"!?\[([^\]]*)\]\([^)]*\)"#)
}

import Foundation
