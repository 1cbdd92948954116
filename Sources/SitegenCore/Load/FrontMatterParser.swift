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

    public static func split(_ text: String) -> Result<Parsed, Failure> {
        guard text.hasPrefix("---\n") else {
            return .success(Parsed(frontMatter: FrontMatter(), body: text, bodyStartLine: 1, warnings: []))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else {
            return .failure(Failure(line: 1, message: "front matter starts with \"---\" but has no closing \"---\" line"))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        let node: Any?
        do {
            node = try Yams.load(yaml: yaml)
        } catch let error as YamlError {
            return .failure(Failure(line: yamlLine(error).map { $0 + 1 }, message: "malformed front matter: \(summary(error))"))
        } catch {
            return .failure(Failure(line: 1, message: "malformed front matter: \(error)"))
        }
        var warnings: [(line: Int?, message: String)] = []
        var frontMatter = FrontMatter()
        if let node, !(node is [String: Any]) {
            return .failure(Failure(line: 2, message: "front matter must be a mapping of keys to values"))
        }
        let mapping = (node as? [String: Any]) ?? [:]
        func string(_ key: String) -> String? {
            guard let value = mapping[key] else { return nil }
            if let s = value as? String { return s }
            if let d = value as? Date { return isoDay(d) }
            if let i = value as? Int { return String(i) }
            warnings.append((lineOf(key: key, in: lines, before: closing), "front matter key \"\(key)\" should be text"))
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
                warnings.append((lineOf(key: mapping["date"] != nil ? "date" : "published", in: lines, before: closing),
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

    private static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    private static func lineOf(key: String, in lines: [Substring], before end: Int) -> Int? {
        lines[1..<end].firstIndex(where: { $0.hasPrefix(key + ":") }).map { $0 + 1 }
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func summary(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }
}
