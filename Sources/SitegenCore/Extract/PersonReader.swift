/// A person named with a title in a sentence.
public struct PersonMention: Sendable, Equatable {
    public var name: String
    public var title: String
    public var country: String?
    /// Token range of the whole mention (title and name).
    public var tokens: Range<Int>
    public var nameTokens: Range<Int>
}

/// Reads "[rank] [office [qualifiers]] [country] Name[, office …]" using the title lexicon.
public struct PersonReader: Sendable {
    private enum Part: Sendable { case office(String), rank(String), modifier(String), qualifier(String), honorific, nonOffice }

    private let lexicon: PhraseIndex<Part>
    private let countries: PhraseIndex<String>
    private let surnames: Set<String>
    private let notNames: Set<String>
    private let particles: Set<String>
    private let home: String

    public init(knowledge: Knowledge) {
        let t = knowledge.titles
        var entries: [(String, Part)] = []
        entries += t.offices.map { ($0, .office($0)) }
        entries += t.ranks.map { ($0, .rank($0)) }
        entries += t.modifiers.map { ($0, .modifier($0)) }
        entries += t.qualifiers.map { ($0, .qualifier($0)) }
        entries += t.honorifics.map { ($0, .honorific) }
        entries += t.non_office_roles.map { ($0, .nonOffice) }
        lexicon = PhraseIndex(entries)
        countries = PhraseIndex(knowledge.countries.flatMap { c in c.aliases.map { ($0, c.code) } }, caseSensitive: true)
        surnames = Set(t.vietnamese_surnames)
        notNames = Set(t.not_name_words)
        particles = Set(t.name_particles)
        home = knowledge.homeCountry?.code ?? "VN"
    }

    public func people(in text: TokenizedText) -> [PersonMention] {
        var found: [PersonMention] = []
        var i = 0
        let tokens = text.tokens
        while i < tokens.count {
            // "Phủ Chủ tịch", "Trụ sở Chính phủ": an office inside a building's or body's name.
            if i > 0, notNames.contains(tokens[i - 1].text) { i += 1; continue }
            if let person = person(at: i, in: text) {
                found.append(person)
                i = person.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private func person(at start: Int, in text: TokenizedText) -> PersonMention? {
        let tokens = text.tokens
        var titleParts: [String] = []
        var pendingModifier: String?
        var country: String?
        var j = start
        var sawTitleWord = false

        // Title words before the name.
        scanning: while j < tokens.count, let hit = lexicon.longestMatch(in: tokens, at: j) {
            switch hit.payload {
            case .honorific, .nonOffice:
                break
            case .modifier(let word):
                guard tokens[j].isCapitalized else { break scanning }
                pendingModifier = word
            case .rank(let word), .office(let word):
                guard tokens[j].isCapitalized else { break scanning }
                titleParts.append(pendingModifier.map { "\($0) \(word)" } ?? word)
                pendingModifier = nil
            case .qualifier:
                guard !titleParts.isEmpty else { return nil }
                titleParts[titleParts.count - 1] += " " + text.span(hit.range)
            }
            sawTitleWord = true
            j = hit.range.upperBound
            if j + 1 < tokens.count, tokens[j].text == ",", lexicon.longestMatch(in: tokens, at: j + 1) != nil {
                j += 1
            }
        }
        guard sawTitleWord else { return nil }
        // "Quan chức cấp cao phụ trách Cục Dân chủ, Nhân quyền và Lao động (DRL), Bộ Ngoại giao Hoa Kỳ Erin Barclay":
        // a remit runs to the country named after it.
        if !titleParts.isEmpty, j < tokens.count, tokens[j].folded == "phụ",
           let countryAt = (j..<min(tokens.count, j + 20)).first(where: { countries.longestMatch(in: tokens, at: $0) != nil }) {
            titleParts[titleParts.count - 1] += " " + text.span(j..<countryAt)
            j = countryAt
        }
        if j < tokens.count, let hit = countries.longestMatch(in: tokens, at: j) {
            country = hit.payload
            j = hit.range.upperBound
            // "Đại sứ Argentina tại Việt Nam Luis Pablo María Beltramino": the posting is part of the title.
            if j + 1 < tokens.count, tokens[j].folded == "tại", let posting = countries.longestMatch(in: tokens, at: j + 1) {
                if !titleParts.isEmpty { titleParts[titleParts.count - 1] += " " + text.span(j..<posting.range.upperBound) }
                j = posting.range.upperBound
            }
            // "Thủ tướng Cộng hòa Xinh-ga-po, Tổng Thư ký Đảng Hành động Nhân dân (PAP) Lawrence Wong"
            while j + 1 < tokens.count, tokens[j].text == ",", let next = lexicon.longestMatch(in: tokens, at: j + 1),
                  case .office(let word) = next.payload, tokens[j + 1].isCapitalized {
                titleParts.append(word)
                j = next.range.upperBound
            }
        }
        // An organisation between the office and the name ends at its bracketed abbreviation.
        if j < tokens.count, notNames.contains(tokens[j].text),
           let close = (j..<min(tokens.count, j + 10)).first(where: { tokens[$0].text == ")" }), close + 1 < tokens.count {
            // Only honorifics or party roles may come before it ("Ủy viên Bộ Chính trị Hội đồng … (SCO)"):
            // then there is no office to extend.
            if !titleParts.isEmpty { titleParts[titleParts.count - 1] += " " + text.span(j..<(close + 1)) }
            j = close + 1
        }
        // The name: a run of capitalised words.
        let nameStart = j
        while j < tokens.count, j - nameStart < 7 {
            let token = tokens[j]
            let afterHyphen = j > nameStart + 1 && tokens[j - 1].text == "-" && tokens[j - 1].start == tokens[j - 2].end && token.start == tokens[j - 1].end
            let isNameWord = (token.isCapitalized || afterHyphen) && token.isWord
                && (lexicon.longestMatch(in: tokens, at: j) == nil || j == nameStart && titleParts.isEmpty)
            let isParticle = j > nameStart && particles.contains(token.text) && j + 1 < tokens.count && tokens[j + 1].isCapitalized
            // "Kassym-Jomart Tokayev", "Díaz-Canel": a hyphen between capitalised parts of one name.
            // "Kassym-Jomart", "Choi Young-sam": a hyphen glued to both parts joins one name.
            let isHyphen = j > nameStart && token.text == "-" && token.start == tokens[j - 1].end && j + 1 < tokens.count
                && tokens[j + 1].isWord && tokens[j + 1].start == token.end
            guard isNameWord || isParticle || isHyphen else { break }
            j += 1
        }
        guard j > nameStart, !notNames.contains(tokens[nameStart].text) else { return nil }
        let nameRange = nameStart..<j
        // Appositive titles after the name: "Lê Huy Vịnh, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng".
        var k = j
        while k + 1 < tokens.count, tokens[k].text == "," {
            guard let appositive = appositiveTitle(at: k + 1, in: text) else { break }
            // ", Chủ tịch nước Nguyễn Xuân Phúc" starts the next person, not a second title of this one.
            if startsAnotherPerson(at: appositive.end, in: tokens) { break }
            if let part = appositive.title { titleParts.append(part) }
            if country == nil { country = appositive.country }
            k = appositive.end
            j = k
        }
        let name = text.span(nameRange)
        if country == nil, let first = tokens[nameStart].text as String?, surnames.contains(first), nameRange.count >= 2 {
            country = home
        }
        guard !titleParts.isEmpty else { return nil }
        return PersonMention(name: name, title: titleParts.joined(separator: ", "), country: country,
                             tokens: start..<j, nameTokens: nameRange)
    }

    /// After a title: a name ("Nguyễn Xuân Phúc"), or an organisation then its country then a name
    /// ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Tô Lâm"), means the title is someone else's.
    private func startsAnotherPerson(at index: Int, in tokens: [Token]) -> Bool {
        guard index < tokens.count, tokens[index].isCapitalized, tokens[index].isWord else { return false }
        // An acronym ("VUFO") names the office's organisation, not a person.
        if tokens[index].text.count > 1, tokens[index].text == tokens[index].text.uppercased() { return false }
        if !notNames.contains(tokens[index].text) { return true }
        var j = index
        while j < min(tokens.count, index + 14) {
            if [",", ";", "."].contains(tokens[j].text) { return false }
            if let country = countries.longestMatch(in: tokens, at: j) {
                let after = country.range.upperBound
                return after < tokens.count && tokens[after].isCapitalized && tokens[after].isWord && !notNames.contains(tokens[after].text)
            }
            j += 1
        }
        return false
    }

    /// ", Thứ trưởng Bộ Quốc phòng" or ", Ủy viên Trung ương Đảng" after a name.
    private func appositiveTitle(at start: Int, in text: TokenizedText) -> (title: String?, country: String?, end: Int)? {
        let tokens = text.tokens
        guard let hit = lexicon.longestMatch(in: tokens, at: start), tokens[start].isCapitalized else { return nil }
        var j = hit.range.upperBound
        switch hit.payload {
        case .nonOffice:
            return (nil, nil, j)
        case .office(let word), .rank(let word):
            var title = word
            while j < tokens.count, let q = lexicon.longestMatch(in: tokens, at: j), case .qualifier = q.payload {
                title += " " + text.span(q.range)
                j = q.range.upperBound
            }
            // "Chủ tịch VUFO": an organisation's acronym completes the title.
            if j < tokens.count, tokens[j].text.count > 1, tokens[j].isWord, tokens[j].text == tokens[j].text.uppercased(),
               tokens[j].text.contains(where: \.isLetter) {
                title += " " + tokens[j].text
                j += 1
            }
            var country: String?
            if j < tokens.count, let c = countries.longestMatch(in: tokens, at: j) {
                country = c.payload
                j = c.range.upperBound
            }
            return (title, country, j)
        default:
            return nil
        }
    }
}
