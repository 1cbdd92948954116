/// Records of the domain data files in `data/`. Keys mirror the YAML so editors see one vocabulary.

public struct Country: Sendable, Codable, Equatable {
    public var code: String
    /// Short Vietnamese name as used in titles: "Anh", "Hoa Kỳ".
    public var name: String
    public var name_vi: String
    public var name_en: String
    public var aliases: [String]
    public var capital: String?
    public var home: Bool?

    public var isHome: Bool { home ?? false }
}

public struct Place: Sendable, Codable, Equatable {
    public var city: String
    public var country: String
    public var aliases: [String]
}

public struct Topic: Sendable, Codable, Equatable {
    public var id: String
    public var label_vi: String
    public var label_en: String
    public var cues: [String]
    /// Phrases inside which a cue does not count.
    public var except: [String]?
}

public struct EventKind: Sendable, Codable, Equatable {
    public var id: String
    public var label_vi: String
    public var label_en: String
    public var cues: [String]
    /// Kinds an article can be "about"; the others (relations, anniversary) are usually mentioned in passing.
    public var primary: Bool?
    /// Phrases inside which a cue does not count ("tiếp" in "tiếp tục").
    public var except: [String]?
    /// Cues that make even a usually-passing kind the article's subject ("lễ kỷ niệm").
    public var primary_cues: [String]?
}

public struct DialogueSeries: Sendable, Codable, Equatable {
    public var id: String
    /// Vietnamese name without the parties: "Đối thoại Chính sách Quốc phòng".
    public var name: String
    public var name_en: String?
    public var kind: String?
    public var cues: [String]
}

public struct TitleLexicon: Sendable, Codable, Equatable {
    /// Offices that head a title ("Thứ trưởng", "Quốc vụ khanh").
    public var offices: [String]
    /// Military ranks, written before the name and kept in the title ("Thượng tướng").
    public var ranks: [String]
    /// Words before an office that belong to the title ("Quyền").
    public var modifiers: [String]
    /// Words after an office that belong to the title ("Bộ Ngoại giao", "Thường trực").
    public var qualifiers: [String]
    /// Forms of address that are not a title ("nữ Nam tước", "Ngài").
    public var honorifics: [String]
    /// Party and honorary roles left out of the title shown for an event.
    public var non_office_roles: [String]
    /// Capitalised words that start an organisation's name, so never a person's.
    public var not_name_words: [String]
    /// Lowercase particles inside foreign names ("da", "von").
    public var name_particles: [String]
    /// Vietnamese family names, so a participant with no stated country can be placed.
    public var vietnamese_surnames: [String]
}

public struct ReferenceDate: Sendable, Codable, Equatable {
    public var date: String
    public var source: String
    public var verified: Bool?

    public var year: Int? { Int(date.prefix(4)) }
}

public struct Partnership: Sendable, Codable, Equatable {
    public var tier: String
    public var date: String
    public var source: String
    public var verified: Bool?

    public var year: Int? { Int(date.prefix(4)) }
}

public struct CountryRelations: Sendable, Codable, Equatable {
    public var country: String
    public var diplomatic_relations: ReferenceDate?
    public var partnerships: [Partnership]?
}

/// Words that tell whether a clause speaks of the past or the future, and other phrase lists the
/// date reasoning uses.
public struct LanguageCues: Sendable, Codable, Equatable {
    public var future: [String]
    public var past: [String]
    /// Words before a period ("giai đoạn 2025-2030") that put it ahead: a programme being drafted.
    public var period_ahead: [String]
    /// Phrases naming a relations milestone, mapped to "diplomatic-relations" or a partnership tier.
    public var milestones: [MilestonePhrase]
    public var number_words: [String: Int]
    /// Phrases that contain a country alias but do not name the country ("tiếng Anh", "Nam Mỹ").
    public var not_countries: [String]
    /// Words that, before a person's name in the same clause, make them a counterpart met rather than
    /// a principal of the event ("có cuộc gặp với").
    public var meeting_cues: [String]
    /// Phrases that place an event inside another one ("trong khuôn khổ chuyến thăm"), so both share a time.
    public var concurrent_cues: [String]
    /// Words that start the name of a recurring meeting the series file does not list, with the kind
    /// it is: "Đối thoại … Việt Nam - X lần thứ N" is a dialogue series even when unknown.
    public var series_heads: [String: String]
    /// Verbs that state a relations milestone a few words before naming it ("nâng cấp quan hệ lên …").
    public var relations_verbs: [String]
    /// Openings that put a sentence's event on the main event's day ("Cùng ngày, …").
    public var same_day_cues: [String]
}

public struct MilestonePhrase: Sendable, Codable, Equatable {
    public var phrase: String
    public var milestone: String
}

public struct CleaningRules: Sendable, Codable, Equatable {
    /// Whole lines dropped as web boilerplate (compared case-insensitively, trimmed).
    public var boilerplate_lines: [String]
    /// Lines starting with one of these are dropped ("* Vui lòng nhập bình luận").
    public var boilerplate_prefixes: [String]
    /// News agencies and outlets recognised in credits such as "(VOV5) -" or "( TTXVN )".
    public var agencies: [String]
}
