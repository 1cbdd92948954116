/// The facts an editor pins in an article's front matter, as written there: names are not yet
/// resolved against the data files (that needs the knowledge the extract stage has). Every value
/// keeps its line in the file, so a correction that cannot be used is reported where it was written.
///
/// ```yaml
/// correct:              # the article's main event
///   date: 2024-12-18
///   countries: [JP]
/// correct_events:       # other events of the article, found by sentence anchor or event id
///   - match: s4
///     not_event: true
/// not_event: true       # the article reports no event at all
/// ```
public struct Corrections: Sendable, Equatable, Codable {
    /// `not_event: true`: nothing is extracted from the article. Holds the line of the key.
    public var notEvent: Pinned<Bool>?
    /// `correct:`, applied to the main event.
    public var primary: EventCorrection?
    /// `correct_events:`, each applied to the event its `match` names.
    public var others: [EventCorrection]

    public init(notEvent: Pinned<Bool>? = nil, primary: EventCorrection? = nil, others: [EventCorrection] = []) {
        self.notEvent = notEvent
        self.primary = primary
        self.others = others
    }

    public var isEmpty: Bool { notEvent == nil && primary == nil && others.isEmpty }

    /// The front-matter keys that hold corrections; the parser reads these and nothing else.
    public static let keys = ["correct", "correct_events", "not_event"]
}

/// A value from the front matter with the file line it was written on.
public struct Pinned<Value: Sendable & Equatable & Codable>: Sendable, Equatable, Codable {
    public var value: Value
    public var line: Int

    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}

/// What an editor says about one event. A field left out keeps what extraction read; `place`,
/// `series` and `session` written as `~` (null) remove the extracted value.
public struct EventCorrection: Sendable, Equatable, Codable {
    /// Which event, for `correct_events`: its sentence anchor ("s4") or its event id.
    public var match: Pinned<String>?
    /// Line of the `correct:` key or of the list entry.
    public var line: Int
    /// This event is not an event (a false reading): drop it.
    public var notEvent: Pinned<Bool>?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, already checked to be a real date.
    public var date: Pinned<String>?
    /// A city or alias from data/places.yaml; nil value: no place.
    public var place: Pinned<String?>?
    /// Codes, names or aliases from data/countries.yaml.
    public var countries: Pinned<[String]>?
    public var coChairs: Pinned<[PersonCorrection]>?
    /// Topic ids or labels from data/topics.yaml.
    public var topics: Pinned<[String]>?
    /// A series id from data/series.yaml; nil value: not part of a series.
    public var series: Pinned<String?>?
    /// nil value: no session number.
    public var session: Pinned<Int?>?
    /// A kind id or label from data/kinds.yaml.
    public var kind: Pinned<String>?
    /// `held` or `planned`.
    public var status: Pinned<String>?

    public init(line: Int, match: Pinned<String>? = nil) {
        self.line = line
        self.match = match
    }
}

/// A co-chair as an editor writes one: "Thứ trưởng Ngoại giao Nguyễn Minh Vũ" (title and name read
/// with the title lexicon), or spelled out as `{name, title, country}` when the lexicon cannot tell.
public struct PersonCorrection: Sendable, Equatable, Codable {
    /// The one-line form, when given that way.
    public var written: String?
    public var name: String?
    public var title: String?
    public var country: String?

    public init(written: String? = nil, name: String? = nil, title: String? = nil, country: String? = nil) {
        self.written = written
        self.name = name
        self.title = title
        self.country = country
    }
}
