import Foundation
import Yams

/// Rewords generated Vietnamese text (a date's basis, an official's title) for another interface
/// language, phrase by phrase, leaving the article's own words (between “ and ”) as written. The
/// phrases live in `data/<name>-<lang>.yaml` (`basis-en.yaml`, `titles-en.yaml`).
public struct PhraseWording: Sendable {
    struct Rule: Sendable, Decodable { var vi: String; var en: String }

    private let rules: [(Pattern, String)]

    public static let identity = PhraseWording(rules: [])

    init(rules: [(Pattern, String)]) { self.rules = rules }

    /// The wording for `language`; Vietnamese, or a language without a phrase file, keeps the basis as is.
    public static func load(_ name: String, from directory: URL, language: String) throws -> PhraseWording {
        let url = directory.appendingPathComponent("\(name)-\(language).yaml")
        guard language != "vi", FileManager.default.fileExists(atPath: url.path) else { return .identity }
        let file = try DataFile.read(url)
        let rules = try file.decode([Rule].self)
        return PhraseWording(rules: try rules.enumerated().map { index, rule in
            guard let pattern = try? Pattern(checking: rule.vi) else {
                throw file.error(entry: index, "\"\(rule.vi)\" is not a valid pattern")
            }
            return (pattern, rule.en)
        })
    }

    public func apply(_ basis: String) -> String {
        guard !rules.isEmpty else { return basis }
        var out = ""
        var outside = ""
        var quoted = false
        func flush() {
            var s = outside
            for (pattern, template) in rules { s = pattern.replacing(in: s, with: template) }
            out += s
            outside = ""
        }
        for c in basis {
            if !quoted, c == "“" { flush(); quoted = true; out.append(c); continue }
            if quoted { out.append(c); if c == "”" { quoted = false }; continue }
            outside.append(c)
        }
        flush()
        return out
    }
}
