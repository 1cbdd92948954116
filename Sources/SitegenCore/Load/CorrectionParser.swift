import Foundation
import Yams

/// Reads the correction keys of a front-matter block (`correct`, `correct_events`, `not_event`) into
/// `Corrections`, checking their shape: known keys, dates that exist, lists where lists belong.
/// Whether a country, topic or series is known is checked later, against the data files.
///
/// The YAML is composed rather than loaded so that every value keeps its line: a mistake is reported
/// at the line the editor wrote it on.
enum CorrectionParser {
    struct Problem: Equatable {
        var line: Int
        var message: String
    }

    /// The keys an event correction may hold, in the order the README lists them.
    static let fieldKeys = ["date", "place", "countries", "co_chairs", "topics", "series", "session", "kind", "status", "not_event"]
    static let statuses = ["held", "planned"]

    /// `yaml` is the text between the "---" lines; `firstLine` is the file line it starts on.
    static func parse(yaml: String, firstLine: Int) -> (corrections: Corrections, problems: [Problem]) {
        guard let root = try? Yams.compose(yaml: yaml, .default, .default, .utf8)?.mapping else { return (Corrections(), []) }
        var reader = Reader(firstLine: firstLine)
        var corrections = Corrections()
        // An empty key ("correct:" with nothing under it yet) corrects nothing.
        for (keyNode, value) in root where value.null == nil {
            switch keyNode.string {
            case "not_event":
                if let flag = value.bool {
                    corrections.notEvent = Pinned(flag, line: reader.line(keyNode))
                } else {
                    reader.problem(value, "not_event must be true or false")
                }
            case "correct":
                guard let mapping = value.mapping else {
                    reader.problem(value, "correct must be a mapping of fields to values (\(fieldKeys.joined(separator: ", ")))")
                    continue
                }
                corrections.primary = reader.event(mapping, at: reader.line(keyNode), allowMatch: false)
            case "correct_events":
                guard let sequence = value.sequence else {
                    reader.problem(value, "correct_events must be a list of corrections, each with a match: (a sentence anchor such as s4, or an event id)")
                    continue
                }
                for entry in sequence {
                    guard let mapping = entry.mapping else {
                        reader.problem(entry, "each entry of correct_events must be a mapping with match: and the fields to correct")
                        continue
                    }
                    let correction = reader.event(mapping, at: reader.line(entry), allowMatch: true)
                    if correction.match == nil {
                        reader.problem(entry, "this entry of correct_events has no match: (a sentence anchor such as s4, or an event id)")
                    } else {
                        corrections.others.append(correction)
                    }
                }
            default:
                continue
            }
        }
        return (corrections, reader.problems)
    }

    /// Walks the composed YAML, collecting problems with their file lines.
    private struct Reader {
        let firstLine: Int
        var problems: [Problem] = []

        init(firstLine: Int) { self.firstLine = firstLine }

        func line(_ node: Node) -> Int { (node.mark?.line ?? 1) + firstLine - 1 }

        mutating func problem(_ node: Node, _ message: String) { problems.append(Problem(line: line(node), message: message)) }

        mutating func event(_ mapping: Node.Mapping, at entryLine: Int, allowMatch: Bool) -> EventCorrection {
            var correction = EventCorrection(line: entryLine)
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                let at = line(keyNode)
                switch key {
                case "match" where allowMatch:
                    if let text = scalar(value), !text.isEmpty { correction.match = Pinned(text, line: at) } else {
                        problem(value, "match must be a sentence anchor (s4) or an event id")
                    }
                case "not_event":
                    if let flag = value.bool { correction.notEvent = Pinned(flag, line: at) } else {
                        problem(value, "not_event must be true or false")
                    }
                case "date":
                    if let text = scalar(value), let day = isoDate(text) { correction.date = Pinned(day, line: at) } else {
                        problem(value, "date \"\(scalar(value) ?? "")\" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
                    }
                case "place":
                    if isNull(value) { correction.place = Pinned(nil, line: at) } else if let text = scalar(value), !text.isEmpty {
                        correction.place = Pinned(text, line: at)
                    } else {
                        problem(value, "place must be a city from data/places.yaml (or ~ for no place)")
                    }
                case "countries":
                    if let list = strings(value) { correction.countries = Pinned(list, line: at) }
                case "topics":
                    if let list = strings(value) { correction.topics = Pinned(list, line: at) }
                case "co_chairs":
                    if let people = people(value) { correction.coChairs = Pinned(people, line: at) }
                case "series":
                    if isNull(value) { correction.series = Pinned(nil, line: at) } else if let text = scalar(value), !text.isEmpty {
                        correction.series = Pinned(text, line: at)
                    } else {
                        problem(value, "series must be a series id from data/series.yaml (or ~ for none)")
                    }
                case "session":
                    if isNull(value) { correction.session = Pinned(nil, line: at) } else if let n = scalar(value).flatMap({ Int($0) }), n >= 1 {
                        correction.session = Pinned(n, line: at)
                    } else {
                        problem(value, "session must be a whole number from 1 (or ~ for none)")
                    }
                case "kind":
                    if let text = scalar(value), !text.isEmpty { correction.kind = Pinned(text, line: at) } else {
                        problem(value, "kind must be a kind id from data/kinds.yaml")
                    }
                case "status":
                    if let text = scalar(value), statuses.contains(text) { correction.status = Pinned(text, line: at) } else {
                        problem(value, "status must be held or planned")
                    }
                default:
                    let expected = (allowMatch ? ["match"] : []) + fieldKeys
                    problem(keyNode, "unknown correction \"\(key)\"; expected one of: \(expected.joined(separator: ", "))")
                }
            }
            return correction
        }

        /// One value or a list of values, as written (so `NO` stays Norway, not YAML's false).
        mutating func strings(_ node: Node) -> [String]? {
            if isNull(node) { return [] }
            if let text = scalar(node) { return [text] }
            guard let sequence = node.sequence else {
                problem(node, "expected a list, e.g. [a, b]")
                return nil
            }
            var list: [String] = []
            for item in sequence {
                guard let text = scalar(item), !text.isEmpty else {
                    problem(item, "expected a name or id here")
                    return nil
                }
                list.append(text)
            }
            return list
        }

        mutating func people(_ node: Node) -> [PersonCorrection]? {
            if isNull(node) { return [] }
            guard let sequence = node.sequence else {
                problem(node, "co_chairs must be a list, e.g. [\"Thứ trưởng Ngoại giao Nguyễn Minh Vũ\"]")
                return nil
            }
            var list: [PersonCorrection] = []
            for item in sequence {
                if let text = scalar(item), !text.isEmpty {
                    list.append(PersonCorrection(written: text))
                } else if let mapping = item.mapping, let name = mapping["name"].flatMap(scalar), !name.isEmpty {
                    if let key = mapping.keys.compactMap(\.string).first(where: { !["name", "title", "country"].contains($0) }) {
                        problem(item, "unknown key \"\(key)\" for a co-chair; expected name, title, country")
                        return nil
                    }
                    list.append(PersonCorrection(name: name, title: mapping["title"].flatMap(scalar), country: mapping["country"].flatMap(scalar)))
                } else {
                    problem(item, "a co-chair is \"Title Name\" or {name: …, title: …, country: …}")
                    return nil
                }
            }
            return list
        }
    }

    /// The scalar as written, trimmed; nil for lists, mappings and null.
    fileprivate static func scalar(_ node: Node) -> String? {
        guard let s = node.scalar, !isNull(node) else { return nil }
        return s.string.trimmingCharacters(in: .whitespaces)
    }

    fileprivate static func isNull(_ node: Node) -> Bool { node.null != nil }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day that exists, normalised to zero-padded form.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let year = parts[0], (1...9999).contains(year) else { return nil }
        var result = String(format: "%04d", year)
        if parts.count >= 2 {
            guard let month = parts[1], (1...12).contains(month) else { return nil }
            result += String(format: "-%02d", month)
            if parts.count == 3 {
                guard let day = parts[2], (1...daysIn(month: month, year: year)).contains(day) else { return nil }
                result += String(format: "-%02d", day)
            }
        }
        return result
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
