import Foundation

/// Clean stage: strips web boilerplate, separates a title glued to the lead, repairs sentences glued
/// without a space, drops repeated sentences, and records the crediting agency.
public struct Cleaner: Sendable {
    public let rules: CleaningRules
    private let boilerplateLines: Set<TextKey>
    private let boilerplatePrefixes: [String]
    private let leadingCredits: [(prefix: PlainText.Affix, agency: String)]
    private let trailingCredits: [(suffix: PlainText.Affix, agency: String)]

    public init(rules: CleaningRules) {
        self.rules = rules
        // Folded once here, not for every line of every article.
        boilerplateLines = Set(rules.boilerplate_lines.map { TextKey(VietnameseText.fold($0)) })
        boilerplatePrefixes = rules.boilerplate_prefixes.map(VietnameseText.fold)
        leadingCredits = rules.agencies.flatMap { agency in
            ["(\(agency)) -", "(\(agency))-", "(\(agency)) –", "(\(agency))–", "( \(agency) ) -", "(\(agency)):", "\(agency) - ", "\(agency) – "]
                .map { (PlainText.Affix($0), agency) }
        }
        trailingCredits = rules.agencies.flatMap { agency in
            ["( \(agency) )", "(\(agency))", "(\(agency) )", "( \(agency))", "Theo \(agency)", "Nguồn: \(agency)"].map { (PlainText.Affix($0), agency) }
        }
    }

    /// Lines longer than this are article text, never a boilerplate line or caption.
    static let boilerplateMaxLength = 400

    public func clean(_ document: SourceDocument) -> CleanArticle {
        var lines = PlainText.lines(document.body)
            .map { PlainText.trimmingWhitespace(String($0)) }
            .filter { !$0.isEmpty }
        var headingTitle: String?
        if document.format == .markdown, let first = lines.first, first.hasPrefix("# ") {
            headingTitle = String(first.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            lines.removeFirst()
        }
        lines = lines.filter { !isBoilerplate($0) }

        var published = document.frontMatter.published
        if let (index, date) = findDateline(lines) {
            lines.remove(at: index)
            if published == nil { published = date }
        }

        // "Hà Nội, ngày 30/11/2019 - …": a place-and-date line opening the lead.
        if let first = lines.indices.prefix(3).first(where: { Self.leadDateline.contains(in: lines[$0]) }),
           let m = Self.leadDateline.firstMatch(in: lines[first]),
           let d = m[1].flatMap({ Int($0) }), let mo = m[2].flatMap({ Int($0) }), let y = m[3].flatMap({ Int($0) }),
           (1...31).contains(d), (1...12).contains(mo) {
            if published == nil { published = String(format: "%04d-%02d-%02d", y, mo, d) }
            lines[first] = String(lines[first][m.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        }

        var agency = document.frontMatter.source
        lines = lines.map { line in
            var line = line
            if let found = stripLeadingCredit(&line), agency == nil { agency = found }
            if let found = stripTrailingCredit(&line), agency == nil { agency = found }
            return stripEndMark(line)
        }.filter { !$0.isEmpty }

        var title = document.frontMatter.title ?? headingTitle
        if title == nil, let first = lines.first {
            if let (glued, rest) = splitGluedTitle(first) {
                title = glued
                lines[0] = rest
            } else if lines.count > 1, looksLikeTitle(first) {
                title = first
                lines.removeFirst()
            }
        } else if let t = title, let first = lines.first {
            // The scraped text often repeats the title, alone or glued to the lead.
            if VietnameseText.fold(first) == VietnameseText.fold(t) {
                lines.removeFirst()
            } else if first.hasPrefix(t), let (glued, rest) = splitGluedTitle(first), glued == t {
                lines[0] = rest
            }
        }

        var seen = Set<TextKey>()
        var paragraphs: [[String]] = []
        for line in lines {
            let plain = document.format == .markdown ? MarkdownText.plain(line) : line
            var sentences: [String] = []
            for sentence in SentenceSplitter.split(Self.repairGluedSentences(plain)) {
                // Scrapers repeat text verbatim, so the sentence itself is the key.
                if VietnameseText.wordCount(sentence) >= 5, !seen.insert(TextKey(sentence)).inserted { continue }
                sentences.append(sentence)
            }
            if !sentences.isEmpty { paragraphs.append(sentences) }
        }

        // Markdown bodies keep their own markup; only the lines that survived cleaning are kept.
        // A plain-text body's Markdown is made from its paragraphs when it is needed.
        let markdown = document.format == .markdown ? MarkdownText.joinedBlocks(lines) : nil
        let id = document.frontMatter.id.map { VietnameseText.slug($0) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? VietnameseText.slug((document.path as NSString).deletingPathExtension)
        return CleanArticle(path: document.path, id: id.isEmpty ? "article" : id, title: title, source: agency,
                            published: published, paragraphs: paragraphs, markdown: markdown,
                            corrections: document.frontMatter.corrections)
    }

    // MARK: - Boilerplate

    func isBoilerplate(_ line: String) -> Bool {
        if line.utf8.count > Self.boilerplateMaxLength {
            return line.hasPrefix("[") && line.hasSuffix("]") && !line.contains("](")
        }
        let folded = VietnameseText.fold(line)
        let foldedIsPlain = PlainText.isPlain(folded)
        if boilerplateLines.contains(TextKey(folded, isPlain: foldedIsPlain)) { return true }
        if boilerplatePrefixes.contains(where: { PlainText.hasPrefix(folded, $0, textIsPlain: foldedIsPlain) }) { return true }
        // Related-article links are published as a bracketed headline on a line of their own.
        if line.hasPrefix("["), line.hasSuffix("]"), !line.contains("](") { return true }
        // Photo captions: "<headline> - ảnh 1<caption>".
        if VietnameseText.contains(line, "ảnh"), Self.photoCaption.contains(in: line) { return true }
        return false
    }

    static let photoCaption = Pattern(#"\s-\s*ảnh\s*\d+"#, caseInsensitive: true)

    // MARK: - Date line

    static let leadDateline = Pattern(#"^\p{Lu}[\p{L} .]{1,30}, (?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4}) ?[-–] "#)

    static let datelineDate = Pattern(#"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b"#)
    static let datelineNoise = Pattern(#"(?i)(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|cập\s+nhật|ngày\s+đăng|đăng\s+lúc|đăng\s+ngày|lúc|ngày|gmt\s*[+-]?\s*\d*|\d{1,2}:\d{2}(:\d{2})?|[\d/.,:|()+\-\s])"#)

    /// A publication line such as "Thứ Năm, 19/12/2024 10:30 (GMT+7)" near the top or bottom:
    /// its date becomes the publication date and the line leaves the body.
    func findDateline(_ lines: [String]) -> (Int, String)? {
        let candidates = Array(lines.indices.prefix(3)) + Array(lines.indices.suffix(2))
        for index in candidates where lines[index].count <= 70 {
            let line = lines[index]
            guard let m = Self.datelineDate.firstMatch(in: line),
                  let d = m[1].flatMap({ Int($0) }), let mo = m[2].flatMap({ Int($0) }), let y = m[3].flatMap({ Int($0) }),
                  (1...31).contains(d), (1...12).contains(mo), (1900...2100).contains(y) else { continue }
            let rest = Self.datelineNoise.replacing(in: line, with: "")
            if rest.isEmpty { return (index, String(format: "%04d-%02d-%02d", y, mo, d)) }
        }
        return nil
    }

    // MARK: - Agency credits

    /// "(VOV5) - Text", "(TTXVN)- Text", "VOV5 - Text" at the start of a line.
    func stripLeadingCredit(_ line: inout String) -> String? {
        guard let first = line.first, first == "(" || first.isUppercase else { return nil }
        let bytes = PlainText.plainBytes(line)
        for (prefix, agency) in leadingCredits where PlainText.hasPrefix(line, prefix, plainBytes: bytes) {
            line = PlainText.trimmingWhitespace(String(line.dropFirst(prefix.text.count)))
            return agency
        }
        return nil
    }

    /// "… text.( TTXVN )", "… (TTXVN)", "Theo TTXVN" at the end of a line.
    func stripTrailingCredit(_ line: inout String) -> String? {
        guard let last = line.last, last == ")" || last.isLetter else { return nil }
        let bytes = PlainText.plainBytes(line)
        for (suffix, agency) in trailingCredits where PlainText.hasSuffix(line, suffix, plainBytes: bytes) {
            let kept = PlainText.trimmingWhitespace(String(line.dropLast(suffix.text.count)))
            // A credit alone on its line is dropped; a credit at the end of a sentence is cut off.
            if kept.isEmpty || kept.last.map({ ".!?\"”/".contains($0) }) == true || suffix.text.hasPrefix("(") {
                line = kept
                return agency
            }
        }
        return nil
    }

    /// Vietnamese wire copy ends with "/." (or "./."), which is not part of the text.
    func stripEndMark(_ line: String) -> String {
        var line = line
        while PlainText.hasSuffix(line, "/.", textIsPlain: PlainText.isPlain(line)) {
            line = PlainText.trimmingWhitespace(String(line.dropLast(2)))
            if !line.isEmpty, !line.hasSuffix(".") { line += "." }
        }
        return line
    }

    // MARK: - Title

    /// "…lần đầu tiênPhiên họp…": a lowercase word glued to a capitalised one, early in the first line,
    /// before any sentence punctuation, marks where a scraped title ends and the lead begins.
    func splitGluedTitle(_ line: String) -> (String, String)? {
        let chars = Array(line)
        var wordStart = 0
        for i in 1..<max(chars.count, 1) {
            if i >= chars.count { break }
            if chars[i - 1] == " " { wordStart = i }
            if ".!?:;".contains(chars[i - 1]) { return nil }
            if i > 250 { return nil }
            guard chars[i].isUppercase, chars[i].isLetter, chars[i - 1].isLowercase, chars[i - 1].isLetter else { continue }
            // Camel-case names ("McCain", "DeSombre", "iPhone") start with a short or capitalised part.
            let leftPart = chars[wordStart..<i]
            guard leftPart.count >= 2, leftPart.first?.isLowercase == true else { continue }
            let title = String(chars[0..<i]).trimmingCharacters(in: .whitespaces)
            let rest = String(chars[i...]).trimmingCharacters(in: .whitespaces)
            guard VietnameseText.wordCount(title) >= 3, VietnameseText.wordCount(rest) >= 5 else { return nil }
            return (title, rest)
        }
        return nil
    }

    func looksLikeTitle(_ line: String) -> Bool {
        let words = VietnameseText.wordCount(line)
        guard words >= 3, words <= 30, let last = line.last else { return false }
        return !".:;,".contains(last)
    }

    // MARK: - Sentences

    /// "…thời gian tới.Thứ trưởng…" → "…thời gian tới. Thứ trưởng…". Initials such as "D.C." are
    /// untouched because the letter before the stop is uppercase.
    public static func repairGluedSentences(_ text: String) -> String {
        // Most text has a space after every stop: only then is there nothing to look at closely.
        guard mayHaveGluedStop(text) else { return text }
        let chars = Array(text.unicodeScalars)
        guard chars.count > 2 else { return text }
        var spaceAfter: [Int] = []
        for i in chars.indices {
            // At the end of a run of stops, glued to an uppercase-then-lowercase word.
            guard SentenceSplitter.isStop(chars[i]), i + 2 < chars.count, !SentenceSplitter.isStop(chars[i + 1]),
                  ScalarFacts.isUppercase(chars[i + 1]), ScalarFacts.isLowercase(chars[i + 2]) else { continue }
            var j = i
            while j > 0, SentenceSplitter.isStop(chars[j - 1]) { j -= 1 }
            guard j > 0 else { continue }
            let before = chars[j - 1]
            if ScalarFacts.isLowercase(before) || ScalarFacts.isNumeric(before) || isGlueCloser(before) {
                spaceAfter.append(i)
            }
        }
        guard !spaceAfter.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        var from = 0
        for i in spaceAfter {
            out.append(contentsOf: chars[from...i])
            out.append(" ")
            from = i + 1
        }
        out.append(contentsOf: chars[from...])
        return String(out)
    }

    /// A stop (".", "!", "?", "…") followed by something other than a space.
    static func mayHaveGluedStop(_ text: String) -> Bool {
        var afterStop = false
        for byte in text.utf8 {
            if afterStop, byte != 0x20 { return true }
            // "…" is E2 80 A6 in UTF-8; A6 ends no other stop-like character that matters here,
            // and a false alarm only costs the close look.
            afterStop = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 0xA6
        }
        return false
    }

    /// What may close a sentence before a glued stop: ")", "%", "]", "”", "\"".
    private static func isGlueCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ")", "%", "]", "”", "\"": return true
        default: return false
        }
    }
}
