import Foundation
import Yams

/// All domain data the pipeline consults, loaded from the editable files in `data/`.
public struct Knowledge: Sendable {
    public var countries: [Country]
    public var places: [Place]
    public var topics: [Topic]
    public var kinds: [EventKind]
    public var series: [DialogueSeries]
    public var titles: TitleLexicon
    public var relations: [CountryRelations]
    public var language: LanguageCues
    public var cleaning: CleaningRules

    public let countryByCode: [String: Country]
    public let kindByID: [String: EventKind]
    public let topicByID: [String: Topic]
    public let relationsByCountry: [String: CountryRelations]

    public init(countries: [Country], places: [Place], topics: [Topic], kinds: [EventKind], series: [DialogueSeries],
                titles: TitleLexicon, relations: [CountryRelations], language: LanguageCues, cleaning: CleaningRules) {
        self.countries = countries
        self.places = places
        self.topics = topics
        self.kinds = kinds
        self.series = series
        self.titles = titles
        self.relations = relations
        self.language = language
        self.cleaning = cleaning
        countryByCode = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        kindByID = Dictionary(kinds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        topicByID = Dictionary(topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        relationsByCountry = Dictionary(relations.map { ($0.country, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var homeCountry: Country? { countries.first(where: \.isHome) }

    /// Reads every data file in `directory`; a missing or malformed file is an error naming it,
    /// and the entry and line where the problem is.
    public static func load(from directory: URL) throws -> Knowledge {
        func read(_ name: String) throws -> DataFile { try DataFile.read(directory.appendingPathComponent(name)) }
        let files = (countries: try read("countries.yaml"), places: try read("places.yaml"), topics: try read("topics.yaml"),
                     kinds: try read("kinds.yaml"), series: try read("series.yaml"), relations: try read("relations.yaml"))
        let knowledge = Knowledge(
            countries: try files.countries.decode([Country].self),
            places: try files.places.decode([Place].self),
            topics: try files.topics.decode([Topic].self),
            kinds: try files.kinds.decode([EventKind].self),
            series: try files.series.decode([DialogueSeries].self),
            titles: try read("titles.yaml").decode(TitleLexicon.self),
            relations: try files.relations.decode([CountryRelations].self),
            language: try read("language.yaml").decode(LanguageCues.self),
            cleaning: try read("cleaning.yaml").decode(CleaningRules.self)
        )
        try knowledge.validate(countries: files.countries, places: files.places, topics: files.topics, kinds: files.kinds,
                               series: files.series, relations: files.relations)
        return knowledge
    }

    /// Checks decoding cannot make. Ids become page paths and must be unique; an alias that points at
    /// two countries, a cue given to two series, or a place or milestone in an unknown country would
    /// silently produce wrong facts. Each stops the build naming the entry.
    func validate(countries countriesFile: DataFile, places placesFile: DataFile, topics topicsFile: DataFile, kinds kindsFile: DataFile,
                  series seriesFile: DataFile, relations relationsFile: DataFile) throws {
        func checkIDs(_ ids: [String], in file: DataFile, field: String, pattern: Pattern, shape: String) throws {
            var seen: [String: Int] = [:]
            for (index, id) in ids.enumerated() {
                guard pattern.contains(in: id) else {
                    throw file.error(entry: index, "\(field) \"\(id)\" must be \(shape)")
                }
                if let first = seen[id] {
                    throw file.error(entry: index, "\(field) \"\(id)\" is already used by entry \(first + 1)")
                }
                seen[id] = index
            }
        }
        try checkIDs(countries.map(\.code), in: countriesFile, field: "code", pattern: Self.countryCode, shape: "two capital letters")
        try checkIDs(topics.map(\.id), in: topicsFile, field: "id", pattern: Self.slugID, shape: Self.slugShape)
        try checkIDs(kinds.map(\.id), in: kindsFile, field: "id", pattern: Self.slugID, shape: Self.slugShape)
        try checkIDs(series.map(\.id), in: seriesFile, field: "id", pattern: Self.slugID, shape: Self.slugShape)

        var aliasOwner: [String: String] = [:]
        for (index, country) in countries.enumerated() {
            for alias in country.aliases {
                if let owner = aliasOwner[alias], owner != country.code {
                    throw countriesFile.error(entry: index, "alias \"\(alias)\" is given to both \(owner) and \(country.code)")
                }
                aliasOwner[alias] = country.code
            }
        }
        // A cue naming two series would silently file sessions under whichever is listed first.
        var cueOwner: [String: String] = [:]
        for (index, entry) in series.enumerated() {
            for cue in entry.cues {
                let key = VietnameseText.fold(cue)
                if let owner = cueOwner[key], owner != entry.id {
                    throw seriesFile.error(entry: index, "cue \"\(cue)\" is given to both \(owner) and \(entry.id)")
                }
                cueOwner[key] = entry.id
            }
            if let kind = entry.kind, kindByID[kind] == nil {
                throw seriesFile.error(entry: index, "kind \"\(kind)\" is not in kinds.yaml")
            }
        }
        for (index, place) in places.enumerated() where countryByCode[place.country] == nil {
            throw placesFile.error(entry: index, "place \"\(place.city)\" names unknown country \(place.country)")
        }
        for (index, entry) in relations.enumerated() where countryByCode[entry.country] == nil {
            throw relationsFile.error(entry: index, "entry names unknown country \(entry.country)")
        }
    }

    static let countryCode = Pattern(#"^[A-Z]{2}$"#)
    static let slugID = Pattern(#"^[a-z0-9]+(?:-[a-z0-9]+)*$"#)
    static let slugShape = "lowercase ASCII letters and digits joined by single dashes"
}
