import Foundation
import Testing
@testable import SitegenCore

/// The table-driven folding functions must give exactly what the general (Foundation, full
/// Unicode mapping) implementations give, on Vietnamese text and on everything else.
@Suite struct TextFoldingTests {
    static let samples: [String] = [
        "", " ", "a", "A", "hòa", "hoà", "Hoà", "HOÀ", "hOà", "khoá", "Khoá", "thuỷ", "Thuỷ", "quý", "quỹ", "uỵ", "oẹ", "Oè",
        "Việt Nam", "ĐẠI SỨ", "Đ", "đ", "Đối thoại Chính trị - An ninh", "Việt Nam–Anh", "Việt Nam — Hoa Kỳ", "a ‑ b", "a‐b‒c",
        "Ho\u{300}a", "hoa\u{300}", "Vie\u{323}\u{302}t Nam", "x\u{301}y", "Thuy\u{301}", "o\u{301}a", "qua\u{301}",
        "Hòa\u{301}", "oà\u{323}", "İstanbul", "ǅemal", "ĸ", "ß", "ẞ", "ﬆ", "Ω", "Å", "K", "ſáng",
        "🇻🇳 Việt Nam 👍🏽", "a\u{200D}b", "tab\tand\nnewline\r\n", "  leading and trailing  ", "a  -  b", " - ", "-",
        "\u{A0}nbsp\u{A0}", "a\u{2003}b\u{3000}c", "l'Élysée", "Ǆ Ǉ ǈ", "Ⱥ ⱥ", "ΣΊΣΥΦΟΣ", "Москва", "北京", "서울",
        "1/2/2024 – 3/4/2025", "(TTXVN)", "oàoá uỳuý", "OÀ", "oẬ", "oậ", "oạ", "uyển", "Nguyễn Xuân Phúc", "Thoả thuận",
        "hoạ\u{0323}", "o\u{031B}à", "ờà", "ọà", "Ȫ", "oȫ", "“Hoà bình” – khoá…", "‘uỷ’ ‐ oà‑oá", "Thuỷ\u{2000}oà", "oà\u{2126}",
    ]

    @Test func foldWordAgreesWithReference() {
        for s in Self.samples + Self.generated {
            #expect(VietnameseText.foldWord(s) == VietnameseText.Reference.foldWord(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(VietnameseText.foldWord(s).unicodeScalars.elementsEqual(VietnameseText.Reference.foldWord(s).unicodeScalars))
        }
    }

    @Test func modernTonesAgreesWithReference() {
        for s in Self.samples + Self.generated {
            #expect(VietnameseText.modernTones(s).unicodeScalars.elementsEqual(VietnameseText.Reference.modernTones(s).unicodeScalars),
                    "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func normalizeDashesAndSpacesAgreesWithReference() {
        for s in Self.samples + Self.generated {
            #expect(VietnameseText.normalizeDashesAndSpaces(s).unicodeScalars.elementsEqual(VietnameseText.Reference.normalizeDashesAndSpaces(s).unicodeScalars),
                    "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func foldKeepsItsMeaning() {
        #expect(VietnameseText.fold("Hoà bình") == "hòa bình")
        #expect(VietnameseText.fold("Việt Nam – Anh") == "việt nam-anh")
        #expect(VietnameseText.foldWord("THUỶ") == "thủy")
        #expect(VietnameseText.modernTones("Hoà Khoá") == "Hòa Khóa")
    }

    /// Every "o"/"u" pair with every precomposed Latin letter, in context: the one-pass swap must
    /// match Foundation's search-and-replace, whatever the letters around it.
    static let generated: [String] = {
        let firsts: [Unicode.Scalar] = ["o", "O", "u", "U", "a", "ơ", "“", "\u{2014}"]
        let seconds = (0xC0...0x24F).compactMap(Unicode.Scalar.init) + (0x1EA0...0x1EF9).compactMap(Unicode.Scalar.init)
            + (0x2010...0x205E).compactMap(Unicode.Scalar.init)
        var out: [String] = []
        for first in firsts {
            for second in seconds {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: ["h", first, second, "n", " ", "q", "u", second])
                out.append(String(view))
            }
        }
        return out
    }()
}

@Suite struct ScalarFactsTests {
    @Test func tableAnswersAsTheUnicodeAPIsDo() {
        for value in UInt32(0)..<0x2200 {
            guard let s = Unicode.Scalar(value) else { continue }
            #expect(ScalarFacts.isWhitespace(s) == s.properties.isWhitespace)
            #expect(ScalarFacts.isUppercase(s) == s.properties.isUppercase)
            #expect(ScalarFacts.isLowercase(s) == s.properties.isLowercase)
            #expect(ScalarFacts.isAlphabetic(s) == s.properties.isAlphabetic)
            #expect(ScalarFacts.isNumeric(s) == (s.properties.numericType != nil))
            #expect(ScalarFacts.isTrimmedWhitespace(s) == CharacterSet.whitespaces.contains(s))
            let lower = Array(s.properties.lowercaseMapping.unicodeScalars)
            #expect(ScalarFacts.lowercase(s) == (lower.count == 1 ? lower[0] : nil))
            #expect(ScalarFacts.characterIsUppercase(s) == Character(s).isUppercase)
            #expect(ScalarFacts.characterIsLowercase(s) == Character(s).isLowercase)
            #expect(ScalarFacts.characterIsLetter(s) == Character(s).isLetter)
        }
    }

    /// A scalar said to be a whole character stays one next to any other such scalar.
    @Test func wholeCharactersDoNotJoinTheirNeighbours() {
        let whole = (UInt32(0)..<0x2100).compactMap(Unicode.Scalar.init).filter(ScalarFacts.isWholeCharacter)
        #expect(whole.count > 1000)
        #expect(!ScalarFacts.isWholeCharacter("\r"))
        #expect(!ScalarFacts.isWholeCharacter("\u{301}"))
        #expect(!ScalarFacts.isWholeCharacter("\u{200D}"))
        let neighbours: [Unicode.Scalar] = ["a", " ", "\n", "\u{A9}", "ệ", "Đ", "-", "\u{2014}", "\u{AD}", "\u{2BC}"]
        for s in whole {
            for n in neighbours {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: [n, s, n, s, s])
                #expect(String(view).count == 5, "U+\(String(s.value, radix: 16))")
            }
        }
    }
}

@Suite struct TokenizerTests {
    @Test func spansAreTheWrittenText() {
        let text = TokenizedText("Bộ trưởng  Ngoại giao Việt Nam – Hoa Kỳ (TTXVN) hôm qua, 19/6…")
        #expect(text.text == "Bộ trưởng Ngoại giao Việt Nam-Hoa Kỳ (TTXVN) hôm qua, 19/6…")
        #expect(text.span(0..<2) == "Bộ trưởng")
        #expect(text.span(4..<8) == "Việt Nam-Hoa")
        #expect(text.span(9..<12) == "(TTXVN)")
        #expect(text.span(3..<3) == "")
        #expect(text.tokens.map(\.text).suffix(6) == ["qua", ",", "19", "/", "6", "…"])
        #expect(text.tokens[0].folded == "bộ" && text.tokens[0].cased == "Bộ")
        for (i, token) in text.tokens.enumerated() {
            #expect(text.span(i..<(i + 1)) == token.text)
            let scalars = Array(text.text.unicodeScalars)[token.start..<token.end]
            #expect(String(String.UnicodeScalarView(scalars)) == token.text)
        }
    }

    @Test func phraseTableFindsWhatADictionaryFinds() {
        let words = (0..<500).map { "từ\($0)" } + ["hòa", "Hòa", "ho\u{300}a", "việt", "", "a"]
        var dictionary: [PhraseKey: Int] = [:]
        for (i, word) in words.enumerated() where dictionary[PhraseKey(word)] == nil { dictionary[PhraseKey(word)] = i }
        let table = PhraseTable(dictionary.map { ($0.key, $0.value) })
        for probe in words + ["khác", "HÒA", "từ500", "từ-1"] {
            #expect(table.value(for: PhraseKey(probe)) == dictionary[PhraseKey(probe)], "\(probe)")
        }
        #expect(PhraseTable<Int>([]).value(for: PhraseKey("x")) == nil)
    }

    @Test func phraseKeysCompareAsTheirText() {
        #expect(PhraseKey("hòa") == PhraseKey("hòa"))
        #expect(PhraseKey("ho\u{300}a") == PhraseKey("hòa"))
        #expect(PhraseKey("hòa") != PhraseKey("hóa"))
        #expect(Set([PhraseKey("Việt"), PhraseKey("Vie\u{323}\u{302}t")]).count == 1)
    }
}
