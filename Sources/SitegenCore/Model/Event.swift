/// A dated thing that happened (or is planned) between Việt Nam and one or more partners.
public struct Event: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable { case held, planned }

    public var id: String
    public var title: String
    public var kind: String
    public var status: Status
    public var date: EventDate
    public var countries: [String]
    public var mechanism: Mechanism?
    public var location: Location?
    public var participants: [Participant]
    public var topics: [TopicEvidence]
    public var primary: Bool
    public var sources: [EventSource]
    /// Other readings of a field when sources disagree, kept visible rather than silently dropped.
    public var disagreements: [Disagreement]
    /// The sentence each field was read from ("date", "countries", "mechanism", "location", "participant:<name>"),
    /// or, for a field an editor corrected, the front-matter line ("kind", "status", "participants" and "topics" too).
    public var evidence: [FieldSource]

    public init(id: String = "", title: String, kind: String, status: Status, date: EventDate, countries: [String],
                mechanism: Mechanism? = nil, location: Location? = nil, participants: [Participant] = [],
                topics: [TopicEvidence] = [], primary: Bool, sources: [EventSource], disagreements: [Disagreement] = [],
                evidence: [FieldSource] = []) {
        self.id = id
        self.title = title
        self.kind = kind
        self.status = status
        self.date = date
        self.countries = countries
        self.mechanism = mechanism
        self.location = location
        self.participants = participants
        self.topics = topics
        self.primary = primary
        self.sources = sources
        self.disagreements = disagreements
        self.evidence = evidence
    }

    public func evidence(for field: String) -> FieldSource? { evidence.first { $0.field == field } }

    /// Whether an editor set this field in front matter: such a field is settled, whatever the text says.
    public func isEdited(_ field: String) -> Bool { evidence(for: field)?.isEdited ?? false }

    /// The event-level fields an editor set ("date", "location", "participants" …), in a stable order;
    /// the per-person "participant:<name>" entries are covered by "participants".
    public var editedFields: [String] {
        evidence.filter { $0.isEdited && !$0.field.hasPrefix("participant:") }.map(\.field).sorted()
    }
}

/// Where one field of an event comes from: a sentence of an article, or its front matter when an
/// editor corrected the field.
public struct FieldSource: Sendable, Equatable, Codable {
    public enum Origin: Sendable, Equatable, Codable {
        case sentence
        /// Set by an editor at this line of the article's front matter.
        case frontMatter(line: Int)
    }

    public var field: String
    /// The article and sentence; for an edited field, the article with no sentence (index 0).
    public var source: EventSource
    public var origin: Origin

    public init(field: String, source: EventSource, origin: Origin = .sentence) {
        self.field = field
        self.source = source
        self.origin = origin
    }

    /// A field set in front matter.
    public static func edited(_ field: String, article: String, line: Int) -> FieldSource {
        FieldSource(field: field, source: EventSource(article: article, sentence: "", sentenceIndex: 0), origin: .frontMatter(line: line))
    }

    public var isEdited: Bool { if case .frontMatter = origin { true } else { false } }

    public var editedLine: Int? { if case .frontMatter(let line) = origin { line } else { nil } }
}

public struct EventDate: Sendable, Equatable, Codable {
    public enum Precision: String, Sendable, Codable, Comparable {
        case year, month, day
        private var rank: Int { self == .year ? 0 : self == .month ? 1 : 2 }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public var start: String
    public var end: String?
    public var precision: Precision
    public var inferred: Bool
    public var basis: String

    public init(start: String, end: String? = nil, precision: Precision, inferred: Bool, basis: String) {
        self.start = start
        self.end = end
        self.precision = precision
        self.inferred = inferred
        self.basis = basis
    }

    public var year: Int { Int(start.prefix(4)) ?? 0 }

    /// A date an editor wrote in front matter (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), at the precision written.
    public init(edited iso: String, line: Int) {
        let parts = iso.split(separator: "-").count
        self.init(start: iso, precision: parts >= 3 ? .day : parts == 2 ? .month : .year, inferred: false,
                  basis: "biên tập viên ghi trong front matter (dòng \(line))")
    }
}

public struct Mechanism: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var session: Int?
    /// Part of a session held in several sittings ("phiên thứ hai").
    public var part: Int?

    public init(id: String, name: String, session: Int?, part: Int? = nil) {
        self.id = id
        self.name = name
        self.session = session
        self.part = part
    }

    /// One series held with one partner: "vn-gb-strategic-dialogue", "Đối thoại chiến lược Việt Nam - Anh".
    public init(series: DialogueSeries, partner: Country, session: Int?, part: Int? = nil) {
        self.init(id: "vn-\(partner.code.lowercased())-\(series.id)", name: "\(series.name) Việt Nam - \(partner.name)",
                  session: session, part: part)
    }
}

public struct Location: Sendable, Equatable, Codable {
    public var city: String
    public var country: String

    public init(city: String, country: String) {
        self.city = city
        self.country = country
    }
}

public struct Participant: Sendable, Equatable, Codable {
    public enum Role: String, Sendable, Codable { case coChair = "co-chair", participant }

    public var name: String
    public var title: String
    public var country: String?
    public var role: Role

    public init(name: String, title: String, country: String?, role: Role) {
        self.name = name
        self.title = title
        self.country = country
        self.role = role
    }
}

public struct TopicEvidence: Sendable, Equatable, Codable {
    public var id: String
    public var sentence: String

    public init(id: String, sentence: String) {
        self.id = id
        self.sentence = sentence
    }
}

public struct EventSource: Sendable, Equatable, Codable {
    public var article: String
    public var sentence: String
    /// 1-based index into the article's sentences (0 for the title), for the link into the article page.
    public var sentenceIndex: Int

    public init(article: String, sentence: String, sentenceIndex: Int) {
        self.article = article
        self.sentence = sentence
        self.sentenceIndex = sentenceIndex
    }
}

public struct Disagreement: Sendable, Equatable, Codable {
    public var field: String
    public var value: String
    public var article: String

    public init(field: String, value: String, article: String) {
        self.field = field
        self.value = value
        self.article = article
    }
}
