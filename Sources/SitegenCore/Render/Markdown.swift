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
        var result = html
        var searchFrom = result.startIndex
        for (offset, sentence) in sentences.enumerated() {
            let escaped = HTML.escape(sentence)
            guard let range = result.range(of: escaped, range: searchFrom..<result.endIndex) else { continue }
            let open = "<span class=\"sentence\" id=\"s\(offset + 1)\">"
            result.replaceSubrange(range, with: open + escaped + "</span>")
            searchFrom = result.index(range.lowerBound, offsetBy: open.count + escaped.count + 7)
        }
        return result
    }

    /// Headings move down one level so the page's own title stays the only h1.
    public static func demoteHeadings(_ html: String) -> String {
        var s = html
        for level in stride(from: 5, through: 1, by: -1) {
            s = s.replacingOccurrences(of: "<h\(level)>", with: "<h\(level + 1)>").replacingOccurrences(of: "</h\(level)>", with: "</h\(level + 1)>")
        }
        return s
    }
}

public enum HTML {
    /// Escapes text the way cmark does, so rendered sentences can be found again.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
