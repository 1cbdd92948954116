import Foundation
import Yams

/// Page chrome in each interface language, from `data/translations.yaml`. Article text is never
/// translated; labels of kinds, topics and countries come from their own data files.
public struct Translations: Sendable {
    public let language: String
    public let strings: [String: String]
    /// `month_names` split once: date labels are made for every event on every page kind.
    private let monthNames: [String]
    /// Every event's date is labelled on every page that lists it; a corpus has a few thousand dates.
    private let dateLabels = Memo<String, String>()

    public init(language: String, strings: [String: String]) {
        self.language = language
        self.strings = strings
        monthNames = (strings["month_names"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    public static func load(from directory: URL, language: String) throws -> Translations {
        let file = try DataFile.read(directory.appendingPathComponent("translations.yaml"))
        let all = try file.decode([String: [String: String]].self)
        guard let strings = all[language] else {
            throw SitegenError.dataFile(file: file.url.path, line: nil,
                                        message: "no translations for language \"\(language)\"; available: \(all.keys.sorted().joined(separator: ", "))")
        }
        for (other, otherStrings) in all.sorted(by: { $0.key < $1.key }) where other != language {
            let missing = Set(otherStrings.keys).subtracting(strings.keys)
            if let key = missing.sorted().first {
                throw file.error(key: language, "key \"\(key)\" is in \"\(other)\" but missing from \"\(language)\"")
            }
        }
        return Translations(language: language, strings: strings)
    }

    /// The string for `key` with `{name}` placeholders filled; the key itself when missing, so a gap shows.
    /// Placeholders are filled in one pass, so a value that itself contains "{year}" is left as it is.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let template = strings[key] ?? key
        guard !values.isEmpty else { return template }
        var filled = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            filled += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                filled += value
                rest = rest[rest.index(after: close)...]
            } else {
                filled += "{"
                rest = rest[afterOpen...]
            }
        }
        filled += rest
        return filled
    }

    public var isVietnamese: Bool { language == "vi" }

    /// The unit after a count: "1 event", "2 events" (Vietnamese has one form).
    public func unit(_ key: String, count: Int) -> String {
        count == 1 && strings[key + "_one"] != nil ? text(key + "_one") : text(key)
    }

    /// "18/12/2025", "tháng 10/2011", "năm 2019" — or "18 December 2025", "October 2011", "2019".
    public func dateLabel(_ iso: String) -> String {
        if let known = dateLabels.value(for: iso) { return known }
        let label = composeDateLabel(iso)
        dateLabels.set(label, for: iso)
        return label
    }

    private func composeDateLabel(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let months = monthNames
        func monthName(_ m: Int) -> String { m >= 1 && m <= months.count ? months[m - 1] : String(m) }
        switch parts.count {
        case 3: return text("date_day", ["day": String(parts[2]), "month": String(parts[1]), "month_name": monthName(parts[1]), "year": String(parts[0])])
        case 2: return text("date_month", ["month": String(parts[1]), "month_name": monthName(parts[1]), "year": String(parts[0])])
        default: return text("date_year", ["year": iso])
        }
    }

    public func dateLabel(_ date: EventDate) -> String {
        dateLabel(date.start) + (date.end.map { " – " + dateLabel($0) } ?? "")
    }
}
