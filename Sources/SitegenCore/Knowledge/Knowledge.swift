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

    /// Reads every data file in `directory`; a missing or malformed file is an error naming it.
    public static func load(from directory: URL) throws -> Knowledge {
        func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
            let url = directory.appendingPathComponent(name)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw SitegenError.dataFile(file: url.path, line: nil, message: "cannot read the file (\(error.localizedDescription))")
            }
            do {
                return try YAMLDecoder().decode(T.self, from: text)
            } catch let error as DecodingError {
                throw SitegenError.dataFile(file: url.path, line: nil, message: describe(error))
            } catch let error as YamlError {
                throw SitegenError.dataFile(file: url.path, line: yamlLine(error), message: "\(error)")
            } catch {
                throw SitegenError.dataFile(file: url.path, line: nil, message: "\(error)")
            }
        }
        let knowledge = Knowledge(
            countries: try decode([Country].self, "countries.yaml"),
            places: try decode([Place].self, "places.yaml"),
            topics: try decode([Topic].self, "topics.yaml"),
            kinds: try decode([EventKind].self, "kinds.yaml"),
            series: try decode([DialogueSeries].self, "series.yaml"),
            titles: try decode(TitleLexicon.self, "titles.yaml"),
            relations: try decode([CountryRelations].self, "relations.yaml"),
            language: try decode(LanguageCues.self, "language.yaml"),
            cleaning: try decode(CleaningRules.self, "cleaning.yaml")
        )
        try knowledge.validate(directory: directory)
        return knowledge
    }

    /// Cross-file checks: an alias that points at two countries, or a place in an unknown country,
    /// would silently produce wrong facts, so they stop the build.
    func validate(directory: URL) throws {
        var aliasOwner: [String: String] = [:]
        for country in countries {
            for alias in country.aliases {
                if let owner = aliasOwner[alias], owner != country.code {
                    throw SitegenError.dataFile(file: directory.appendingPathComponent("countries.yaml").path, line: nil,
                                                message: "alias \"\(alias)\" is given to both \(owner) and \(country.code)")
                }
                aliasOwner[alias] = country.code
            }
        }
        // A cue naming two series would silently file sessions under whichever is listed first.
        var cueOwner: [String: String] = [:]
        for entry in series {
            for cue in entry.cues {
                let key = VietnameseText.fold(cue)
                if let owner = cueOwner[key], owner != entry.id {
                    throw SitegenError.dataFile(file: directory.appendingPathComponent("series.yaml").path, line: nil,
                                                message: "cue \"\(cue)\" is given to both \(owner) and \(entry.id)")
                }
                cueOwner[key] = entry.id
            }
        }
        for place in places where countryByCode[place.country] == nil {
            throw SitegenError.dataFile(file: directory.appendingPathComponent("places.yaml").path, line: nil,
                                        message: "place \"\(place.city)\" names unknown country \(place.country)")
        }
        for entry in relations where countryByCode[entry.country] == nil {
            throw SitegenError.dataFile(file: directory.appendingPathComponent("relations.yaml").path, line: nil,
                                        message: "entry names unknown country \(entry.country)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "entry \($0 + 1)" } ?? $0.stringValue }.joined(separator: " → ")
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)): missing key \"\(key.stringValue)\""
        case .typeMismatch(_, let context): return "\(path(context)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "\(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}
