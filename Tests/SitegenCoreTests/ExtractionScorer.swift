import Foundation
@testable import SitegenCore

/// Scores extraction against a gold file (the shape of Fixtures/seeds-gold.json), field by field,
/// so a change to the extractor shows exactly what it gained or lost.
struct ExtractionScorer {
    struct GoldArticle: Decodable {
        struct Person: Decodable { var name: String; var title: String; var country: String }
        struct GoldDate: Decodable { var start: String; var precision: String }
        struct Primary: Decodable {
            var kind: String
            var status: String
            var date: GoldDate
            var countries: [String]
            var mechanism_name: String?
            var mechanism_session: Int?
            var location_city: String?
            var co_chairs: [Person]
            var topics: [String]
        }
        struct Milestone: Decodable { var start: String; var countries: [String]; var kind: String; var status: String; var note: String }
        var file: String
        var source: String?
        var primary: Primary
        var milestones: [Milestone]
    }

    struct Field {
        var hits = 0
        var total = 0
        var misses: [String] = []
        var rate: Double { total == 0 ? 1 : Double(hits) / Double(total) }
        mutating func count(_ ok: Bool, _ miss: @autoclosure () -> String) {
            total += 1
            if ok { hits += 1 } else { misses.append(miss()) }
        }
    }

    struct Report {
        var fields: [(name: String, field: Field)] = []
        var topicTruePositives = 0, topicFalsePositives = 0, topicFalseNegatives = 0
        var topicMisses: [String] = []

        var topicF1: Double {
            let p = Double(topicTruePositives) / Double(max(1, topicTruePositives + topicFalsePositives))
            let r = Double(topicTruePositives) / Double(max(1, topicTruePositives + topicFalseNegatives))
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        func rate(_ name: String) -> Double { fields.first { $0.name == name }?.field.rate ?? 0 }

        var text: String {
            func pad(_ s: String) -> String { s.padding(toLength: 12, withPad: " ", startingAt: 0) }
            var lines = fields.map { pad($0.name) + String(format: "%5.2f  (%d/%d)", $0.field.rate, $0.field.hits, $0.field.total) }
            lines.append(pad("topics F1") + String(format: "%5.2f  (tp %d, fp %d, fn %d)", topicF1, topicTruePositives, topicFalsePositives, topicFalseNegatives))
            for (name, field) in fields where !field.misses.isEmpty {
                lines.append("\(name) misses:")
                lines += field.misses.map { "  - \($0)" }
            }
            if !topicMisses.isEmpty { lines.append("topic misses:"); lines += topicMisses.map { "  - \($0)" } }
            return lines.joined(separator: "\n")
        }
    }

    /// Other answers a gold note accepts.
    var acceptedDates: [String: Set<String>] = [:]

    static func loadGold(_ url: URL) throws -> [GoldArticle] {
        try JSONDecoder().decode([GoldArticle].self, from: Data(contentsOf: url))
    }

    func score(gold: [GoldArticle], articlesIn folder: URL) throws -> Report {
        var found = Field(), date = Field(), countries = Field(), kind = Field(), status = Field(), session = Field(),
            location = Field(), chairs = Field(), milestones = Field()
        var report = Report()
        for article in gold {
            let text = try String(contentsOf: folder.appendingPathComponent(article.file), encoding: .utf8)
            let extracted = TestSupport.extract(text, path: article.file)
            let g = article.primary
            let f = article.file
            guard let e = extracted.events.first(where: \.primary) else {
                found.count(false, "\(f): no primary event")
                date.count(false, "\(f): -"); countries.count(false, "\(f): -"); kind.count(false, "\(f): -"); status.count(false, "\(f): -")
                session.count(false, "\(f): -"); location.count(false, "\(f): -"); chairs.count(false, "\(f): -")
                report.topicFalseNegatives += g.topics.count
                for m in article.milestones { milestones.count(Self.milestoneFound(m, in: extracted.events), "\(f): \(m.start) \(m.kind) — \(m.note)") }
                continue
            }
            found.count(true, "")
            let accepted = Set([g.date.start]).union(acceptedDates[f] ?? [])
            date.count(accepted.contains(e.date.start), "\(f): \(e.date.start) (gold \(g.date.start)); basis: \(e.date.basis)")
            countries.count(Set(e.countries) == Set(g.countries), "\(f): \(e.countries) (gold \(g.countries))")
            kind.count(e.kind == g.kind, "\(f): \(e.kind) (gold \(g.kind))")
            status.count(e.status.rawValue == g.status, "\(f): \(e.status.rawValue) (gold \(g.status))")
            session.count(e.mechanism?.session == g.mechanism_session && (e.mechanism == nil) == (g.mechanism_name == nil),
                          "\(f): \(e.mechanism?.name ?? "nil") #\(e.mechanism?.session.map(String.init) ?? "nil") (gold \(g.mechanism_name ?? "nil") #\(g.mechanism_session.map(String.init) ?? "nil"))")
            location.count(e.location?.city == g.location_city, "\(f): \(e.location?.city ?? "nil") (gold \(g.location_city ?? "nil"))")
            let mine = e.participants.filter { $0.role == .coChair }
            let chairsOK = mine.count == g.co_chairs.count && g.co_chairs.allSatisfy { gc in
                mine.contains { $0.name == gc.name && $0.country == gc.country && Self.sameTitle($0.title, gc.title, country: gc.country) }
            }
            chairs.count(chairsOK, "\(f): \(mine.map { "\($0.title) \($0.name) (\($0.country ?? "?"))" }) (gold \(g.co_chairs.map { "\($0.title) \($0.name) (\($0.country))" }))")
            let mineTopics = Set(e.topics.map(\.id)), goldTopics = Set(g.topics)
            report.topicTruePositives += mineTopics.intersection(goldTopics).count
            report.topicFalsePositives += mineTopics.subtracting(goldTopics).count
            report.topicFalseNegatives += goldTopics.subtracting(mineTopics).count
            if mineTopics != goldTopics {
                report.topicMisses.append("\(f): extra \(mineTopics.subtracting(goldTopics).sorted()), missing \(goldTopics.subtracting(mineTopics).sorted())")
            }
            for m in article.milestones {
                milestones.count(Self.milestoneFound(m, in: extracted.events), "\(f): \(m.start) \(m.kind) \(m.status) — \(m.note)")
            }
        }
        report.fields = [("found", found), ("date", date), ("countries", countries), ("kind", kind), ("status", status),
                         ("session", session), ("location", location), ("co-chairs", chairs), ("milestones", milestones)]
        return report
    }

    static func milestoneFound(_ g: GoldArticle.Milestone, in events: [Event]) -> Bool {
        events.contains { e in
            // The gold notes name the other answers they accept ("accept kind signing", "accept held", "accept 2022-11").
            !e.primary && (e.kind == g.kind || g.note.contains("accept kind \(e.kind)"))
                && (e.status.rawValue == g.status || g.note.contains("accept \(e.status.rawValue)"))
                && Set(e.countries) == Set(g.countries)
                && (e.date.start.hasPrefix(g.start) || g.start.hasPrefix(e.date.start) || g.note.contains("accept \(e.date.start)"))
        }
    }

    /// Titles compare office by office ("Thủ tướng, Tổng Thư ký …"), without case, country names or
    /// bracketed abbreviations, each office of one a word-prefix of an office of the other.
    static func sameTitle(_ mine: String, _ gold: String, country: String) -> Bool {
        if sameWholeTitle(mine, gold, country: country) { return true }
        func parts(_ s: String) -> [String] {
            // Acronyms of organisations ("VUFO") and bracketed ones are dropped before comparing.
            var t = s.replacingOccurrences(of: #"\b\p{Lu}{2,}\b"#, with: "", options: .regularExpression)
            t = VietnameseText.fold(t).replacingOccurrences(of: #"\([^)]*\)"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
            for alias in TestSupport.knowledge.countries.flatMap(\.aliases).sorted(by: { $0.count > $1.count }) {
                t = t.replacingOccurrences(of: " " + VietnameseText.fold(alias), with: "")
            }
            return t.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let m = parts(mine), g = parts(gold)
        guard !m.isEmpty else { return false }
        return m.allSatisfy { mp in g.contains { gp in gp == mp || gp.hasPrefix(mp + " ") || mp.hasPrefix(gp + " ") } }
    }

    static func sameWholeTitle(_ mine: String, _ gold: String, country: String) -> Bool {
        let names = TestSupport.knowledge.countryByCode[country].map { $0.aliases } ?? []
        var g = VietnameseText.fold(gold), m = VietnameseText.fold(mine)
        for alias in names.sorted(by: { $0.count > $1.count }) {
            let suffix = " " + VietnameseText.fold(alias)
            if g.hasSuffix(suffix) { g = String(g.dropLast(suffix.count)) }
            if m.hasSuffix(suffix) { m = String(m.dropLast(suffix.count)) }
        }
        // The gold sometimes keeps party roles before the office ("Ủy viên Bộ Chính trị, …, Bộ trưởng Ngoại giao").
        return g == m || g.hasPrefix(m + " ") || m.hasPrefix(g + " ") || g.hasPrefix(m + ",") || m.hasPrefix(g + ",") || g.hasSuffix(", " + m)
    }
}
