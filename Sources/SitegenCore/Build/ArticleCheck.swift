import Foundation

/// `sitegen check`: runs load → clean → extract → merge, writes nothing, and lists per article and
/// per event what extraction is unsure of, so an editor knows which facts to verify or pin in front
/// matter. Every article and every event gets at least one row ("ok" when there is nothing to say).
///
/// A fact an editor corrected in front matter is settled: it shows as "edited", never as unsure.
public struct ArticleCheck: Sendable, Equatable {
    public enum Item: String, Sendable, Codable {
        case ok
        case noEvent = "no event"
        case noDate = "no date"
        case inferredDate = "inferred date"
        case noPartner = "no partner country"
        case unknownCountry = "unknown country"
        case unknownTitle = "unknown title"
        case noCoChair = "no co-chair"
        case conflictingSources = "conflicting sources"
        case notEvent = "not an event"
        case edited
        /// Any other warning or error about the file (a bad correction, a malformed front matter …).
        case problem
    }

    public enum State: String, Sendable, Codable {
        /// Needs an editor's eye; `--strict` fails on it.
        case unsure
        /// Settled in front matter.
        case edited
        case ok
    }

    public struct Row: Sendable, Equatable {
        /// The article's path in the content folder.
        public var file: String
        /// The event's id on the site; nil for a row about the article as a whole.
        public var event: String?
        /// The sentence the event was read from in this article ("s3"), as `correct_events: match:` takes it.
        public var anchor: String?
        public var kind: String?
        public var date: String?
        public var item: Item
        public var state: State
        public var detail: String

        public init(file: String, event: String? = nil, anchor: String? = nil, kind: String? = nil, date: String? = nil,
                    item: Item, state: State, detail: String = "") {
            self.file = file
            self.event = event
            self.anchor = anchor
            self.kind = kind
            self.date = date
            self.item = item
            self.state = state
            self.detail = detail
        }
    }

    public var rows: [Row]
    public var articles: Int
    public var events: Int

    /// Rows that still need an editor.
    public var unresolved: Int { rows.filter { $0.state == .unsure }.count }

    /// `--strict`: fail while anything is unresolved; without it, the check only informs.
    public func fails(strict: Bool) -> Bool { strict && unresolved > 0 }

    /// Checks the articles of `content` against the data files of `data`.
    public static func run(content: URL, data: URL) throws -> ArticleCheck {
        try run(source: DiskContentSource(root: content), knowledge: Knowledge.load(from: data))
    }

    /// The build's first stages, in the same order, stopping before anything is rendered.
    public static func run(source: ContentSource, knowledge: Knowledge) throws -> ArticleCheck {
        let loaded = try ContentLoader(source: source).load()
        let cleaner = Cleaner(rules: knowledge.cleaning)
        let cleaned = ParallelMap.map(loaded.documents) { cleaner.clean($0) }
        let extractor = Extractor(knowledge: knowledge)
        let extracted = ParallelMap.map(SiteBuilder.uniqueIDs(cleaned)) { extractor.extract($0) }
        let timeline = Merger.merge(extracted)
        return ArticleCheck(timeline: timeline, diagnostics: loaded.diagnostics + extracted.flatMap(\.diagnostics))
    }

    public init(timeline: Timeline, diagnostics: [Diagnostic]) {
        let mergedByID = Dictionary(timeline.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fileByArticle = Dictionary(timeline.articles.map { ($0.article.id, $0.article.path) }, uniquingKeysWith: { first, _ in first })
        let articleByFile = Dictionary(timeline.articles.map { ($0.article.path, $0) }, uniquingKeysWith: { first, _ in first })
        let diagnosticsByFile = Dictionary(grouping: diagnostics, by: \.file)
        // Files that did not load at all still get their rows.
        let files = Set(articleByFile.keys).union(diagnosticsByFile.keys).sorted()

        var rows: [Row] = []
        for file in files {
            let article = articleByFile[file]
            let events = article?.events ?? []
            var articleRows: [Row] = []
            for diagnostic in diagnosticsByFile[file] ?? [] {
                switch diagnostic.gap {
                case .event?: articleRows.append(Row(file: file, item: .noEvent, state: .unsure, detail: diagnostic.message))
                case .date?: articleRows.append(Row(file: file, item: .noDate, state: .unsure, detail: diagnostic.message))
                // Each event without a partner says so itself.
                case .partner? where !events.isEmpty: continue
                case .partner?: articleRows.append(Row(file: file, item: .noPartner, state: .unsure, detail: diagnostic.message))
                case nil:
                    let location = diagnostic.line.map { "line \($0): " } ?? ""
                    articleRows.append(Row(file: file, item: .problem, state: .unsure, detail: "\(diagnostic.severity.rawValue): \(location)\(diagnostic.message)"))
                }
            }
            if let notEvent = article?.article.corrections.notEvent, notEvent.value {
                articleRows.append(Row(file: file, item: .notEvent, state: .edited, detail: "not_event: true at line \(notEvent.line)"))
            }
            if articleRows.isEmpty && events.isEmpty {
                articleRows.append(Row(file: file, item: .noEvent, state: .unsure, detail: "no event was read from the article"))
            }
            rows += articleRows
            for own in events {
                let event = mergedByID[own.id] ?? own
                let anchor = own.sources.first.map { "s\($0.sentenceIndex)" }
                let found = Self.findings(event, primary: own.primary, in: file, fileByArticle: fileByArticle)
                let eventRows = found.isEmpty ? [(Item.ok, State.ok, "")] : found
                rows += eventRows.map { item, state, detail in
                    Row(file: file, event: event.id, anchor: anchor, kind: event.kind, date: event.date.start, item: item, state: state, detail: detail)
                }
            }
        }
        self.rows = rows
        articles = timeline.articles.count
        events = timeline.events.count
    }

    /// What is unsure (or edited) about one merged event, as the site shows it.
    /// A fact edited or disputed in another article names that article's file.
    static func findings(_ event: Event, primary: Bool, in file: String, fileByArticle: [String: String]) -> [(Item, State, String)] {
        var found: [(Item, State, String)] = []
        if event.date.inferred && !event.isEdited("date") {
            found.append((.inferredDate, .unsure, event.date.basis))
        }
        if event.countries.isEmpty && !event.isEdited("countries") {
            found.append((.noPartner, .unsure, "no partner country was read; pin it with countries:"))
        }
        if !event.isEdited("participants") {
            for person in event.participants {
                if person.country == nil { found.append((.unknownCountry, .unsure, "\(person.title) \(person.name)".trimmingCharacters(in: .whitespaces))) }
                if person.title.isEmpty { found.append((.unknownTitle, .unsure, person.name)) }
            }
            // Only the event an article is about has principals to look for; a milestone mentioned in passing has none.
            if primary && !event.participants.contains(where: { $0.role == .coChair }) {
                found.append((.noCoChair, .unsure, "no co-chair or principal was read; pin them with co_chairs:"))
            }
        }
        for disagreement in event.disagreements {
            let source = fileByArticle[disagreement.article] ?? disagreement.article
            found.append((.conflictingSources, event.isEdited(disagreement.field) ? .edited : .unsure,
                          "\(disagreement.field): \(disagreement.value) in \(source)"))
        }
        // One row for all the event's edited fields: "date (line 5), location (line 6)".
        let edits = event.editedFields.compactMap { field -> String? in
            guard let edit = event.evidence(for: field), let line = edit.editedLine else { return nil }
            let editedIn = fileByArticle[edit.source.article] ?? edit.source.article
            return editedIn == file ? "\(field) (line \(line))" : "\(field) (\(editedIn) line \(line))"
        }
        if !edits.isEmpty { found.append((.edited, .edited, edits.joined(separator: ", "))) }
        return found
    }
}
