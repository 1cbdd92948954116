import Foundation
import Yams

/// Splits an optional YAML front-matter block ("---" … "---") from the article body.
public enum FrontMatterParser {
    public struct Parsed {
        public var frontMatter: FrontMatter
        public var body: String
        public var bodyStartLine: Int
        public var warnings: [(line: Int?, message: String)]
        /// Corrections that cannot be used as written: the article still loads, but the build fails.
        public var errors: [(line: Int?, message: String)] = []
    }

    public struct Failure: Error {
        public var line: Int?
        public var message: String
    }

    /// The front matter (the lines after the opening "---") and the body after the first line that
    /// is "---" or "...", with that line's number (from 0), as splitting the text into lines at
    /// "\n" would give them, but without splitting the body: it is most of the file. A line ends at a
    /// line feed not preceded by a carriage return ("\r\n" is one character).
    static func closingLine(in text: String) -> (yaml: Substring, body: Substring, line: Int)? {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var yamlStart = bytes.startIndex
        var line = 0
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || (bytes[index] == 0x0A && previous != 0x0D) {
                if line >= 1 {
                    let current = bytes[lineStart..<index]
                    if current.elementsEqual("---".utf8) || current.elementsEqual("...".utf8) {
                        let yaml = line == 1 ? text[lineStart..<lineStart] : text[yamlStart..<bytes.index(before: lineStart)]
                        let body = atEnd ? text[index..<index] : text[bytes.index(after: index)...]
                        return (yaml, body, line)
                    }
                }
                if atEnd { return nil }
                line += 1
                lineStart = bytes.index(after: index)
                if line == 1 { yamlStart = lineStart }
            }
            previous = bytes[index]
            index = bytes.index(after: index)
        }
    }

    public static func split(_ text: String) -> Result<Parsed, Failure> {
        guard text.hasPrefix("---\n") else {
            return .success(Parsed(frontMatter: FrontMatter(), body: text, bodyStartLine: 1, warnings: []))
        }
        guard let (yamlText, bodyText, closing) = closingLine(in: text) else {
            return .failure(Failure(line: 1, message: "front matter starts with \"---\" but has no closing \"---\" line"))
        }
        let yaml = String(yamlText)
        let body = String(bodyText)
        // The node tree, not Yams.load: constructing Swift values from it force-unwraps keys that
        // are not text ("? [a]: b"), which would crash the build on one scraped file.
        let node: Node?
        do {
            // Encoding given: Yams' default reads the whole process environment on every call.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            return .failure(Failure(line: DataFile.line(of: error).map { $0 + 1 }, message: "malformed front matter: \(DataFile.problem(of: error))"))
        } catch {
            return .failure(Failure(line: 1, message: "malformed front matter: \(error)"))
        }
        var warnings: [(line: Int?, message: String)] = []
        var frontMatter = FrontMatter()
        // Lines in the file: the YAML starts on line 2, after "---".
        func fileLine(_ node: Node) -> Int? { node.mark.map { $0.line + 1 } }
        var mapping: [String: (key: Node, value: Node)] = [:]
        if let node {
            guard let pairs = node.mapping else {
                return .failure(Failure(line: fileLine(node) ?? 2, message: "front matter must be a mapping of keys to values"))
            }
            for (key, value) in pairs {
                guard let name = key.scalar?.string else {
                    return .failure(Failure(line: fileLine(key), message: "front matter keys must be plain words"))
                }
                mapping[name] = mapping[name] ?? (key, value)
            }
        }
        func string(_ key: String) -> String? {
            guard let (keyNode, value) = mapping[key] else { return nil }
            if let scalar = value.scalar {
                // An empty value ("title:", "date: ~") says nothing.
                if scalar.string.isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)) { return nil }
                // Dates and numbers as written: "2024-06-20" is a day, whatever the time zone.
                return scalar.string
            }
            warnings.append((fileLine(keyNode), "front matter key \"\(key)\" should be text"))
            return nil
        }
        frontMatter.title = string("title")
        frontMatter.id = string("id") ?? string("slug")
        frontMatter.source = string("source")
        frontMatter.url = string("url")
        if let published = string("date") ?? string("published") {
            if let day = normalizeISODate(published) {
                frontMatter.published = day
            } else {
                warnings.append(((mapping["date"] ?? mapping["published"]).flatMap { fileLine($0.key) },
                                 "front matter date \"\(published)\" is not a YYYY-MM-DD date"))
            }
        }
        var errors: [(line: Int?, message: String)] = []
        if Corrections.keys.contains(where: { mapping[$0] != nil }) {
            let parsed = CorrectionParser.parse(yaml: yaml, firstLine: 2)
            frontMatter.corrections = parsed.corrections
            errors = parsed.problems.map { ($0.line, $0.message) }
        }
        return .success(Parsed(frontMatter: frontMatter, body: body, bodyStartLine: closing + 2, warnings: warnings, errors: errors))
    }

    static func normalizeISODate(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
