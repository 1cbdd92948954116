import CCmark
import Foundation

/// CommonMark rendering through libcmark, the reference implementation. Raw HTML in the input is
/// never passed through (cmark's safe default).
public enum Markdown {
    public static func html(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        return markdown.withCString { pointer -> String in
            guard let rendered = cmark_markdown_to_html(pointer, strlen(pointer), options) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// Wraps each sentence of rendered HTML in `<span id="sN">`, so event pages can link to the exact
    /// sentence a fact came from. Sentences that markup splits are left unwrapped.
    public static func anchorSentences(_ html: String, sentences: [String]) -> String {
        // Byte-level search forward from the last match: one pass over the page.
        let source = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count + sentences.count * 40)
        var cursor = 0
        for (offset, sentence) in sentences.enumerated() {
            let needle = Array(HTML.escape(sentence).utf8)
            guard !needle.isEmpty, let found = firstIndex(of: needle, in: source, from: cursor) else { continue }
            out.append(contentsOf: source[cursor..<found])
            out.append(contentsOf: Array("<span class=\"sentence\" id=\"s\(offset + 1)\">".utf8))
            out.append(contentsOf: needle)
            out.append(contentsOf: Array("</span>".utf8))
            cursor = found + needle.count
        }
        out.append(contentsOf: source[cursor...])
        return String(decoding: out, as: UTF8.self)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count - start else { return nil }
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Headings move down one level so the page's own title stays the only h1.
    public static func demoteHeadings(_ html: String) -> String {
        let bytes = Array(html.utf8)
        // "<h1>"…"</h5>" become "<h2>"…"</h6>"; a page without headings is returned as is.
        guard bytes.contains(UInt8(ascii: "h")) else { return html }
        var out = bytes
        var changed = false
        var i = 0
        while i + 3 < out.count {
            if out[i] == UInt8(ascii: "<") {
                let slash = out[i + 1] == UInt8(ascii: "/") ? 1 : 0
                let h = i + 1 + slash
                if h + 2 < out.count, out[h] == UInt8(ascii: "h"), out[h + 1] >= UInt8(ascii: "1"), out[h + 1] <= UInt8(ascii: "5"),
                   out[h + 2] == UInt8(ascii: ">") {
                    out[h + 1] += 1
                    changed = true
                }
            }
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : html
    }
}

public enum HTML {
    /// Escapes text the way cmark does (`&`, `<`, `>`, `"`), so rendered sentences can be found
    /// again; with `apostrophe`, also `'` as `&#39;`, the way swift-mustache escapes `{{value}}`.
    /// Byte by byte, and text with nothing to escape is returned as it is, without a copy.
    public static func escape(_ text: String, apostrophe: Bool = false) -> String {
        func special(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""): return true
            case UInt8(ascii: "'"): return apostrophe
            default: return false
            }
        }
        guard text.utf8.contains(where: special) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'") where apostrophe: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
