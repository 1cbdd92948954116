/// The small parts of an event that come by the dozen (evidence, sources, topics, people,
/// disagreements) are coded as arrays rather than keyed objects. Only the build cache codes
/// events, and reading keyed objects — four of them for each piece of evidence — was most of the
/// time a one-article rebuild spent decoding the cache.

extension EventSource {
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        self.init(article: try values.decode(String.self), sentence: try values.decode(String.self),
                  sentenceIndex: try values.decode(Int.self))
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(article)
        try values.encode(sentence)
        try values.encode(sentenceIndex)
    }
}

extension FieldSource {
    /// `[field, source, front-matter line or null]`.
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        let field = try values.decode(String.self)
        let source = try values.decode(EventSource.self)
        let line = try values.decodeNil() ? nil : try values.decode(Int.self)
        self.init(field: field, source: source, origin: line.map { .frontMatter(line: $0) } ?? .sentence)
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(field)
        try values.encode(source)
        if let line = editedLine { try values.encode(line) } else { try values.encodeNil() }
    }
}

extension TopicEvidence {
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        self.init(id: try values.decode(String.self), sentence: try values.decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(id)
        try values.encode(sentence)
    }
}

extension Participant {
    /// `[name, title, country or null, role]`.
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        let name = try values.decode(String.self)
        let title = try values.decode(String.self)
        let country = try values.decodeNil() ? nil : try values.decode(String.self)
        self.init(name: name, title: title, country: country, role: try values.decode(Role.self))
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(name)
        try values.encode(title)
        if let country { try values.encode(country) } else { try values.encodeNil() }
        try values.encode(role)
    }
}

extension Disagreement {
    public init(from decoder: Decoder) throws {
        var values = try decoder.unkeyedContainer()
        self.init(field: try values.decode(String.self), value: try values.decode(String.self), article: try values.decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(field)
        try values.encode(value)
        try values.encode(article)
    }
}
