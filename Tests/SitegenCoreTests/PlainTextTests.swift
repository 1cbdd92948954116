import Foundation
import Testing
@testable import SitegenCore

/// The scalar and byte versions of everyday string operations must answer as the standard
/// library and Foundation do, on plain Vietnamese text and on everything else.
@Suite struct PlainTextTests {
    static let samples: [String] = TextFoldingTests.samples + [
        "(TTXVN) - Hà Nội", "(TTXVN)- Hà Nội", "( TTXVN ) - x", "VOV5 - tin", "kết thúc.( TTXVN )", "Theo TTXVN", "hết/.", "hết./.",
        "(TTXVN) -\u{301} x", "x (TTXVN)\u{301}", "\u{301}(TTXVN) - x", "hết/.\u{301}", "a\r\nb\n\nc\r\n\r\nd\n", "\n\n", "\r\n",
        "\u{200B} zero width \u{200B}", "\t tab \t", "\u{2003}em space\u{2003}", "\u{FEFF}bom", "  ", "x\u{3000}",
        "một hai  ba\tbốn\nnăm", "a \u{301}b", "a\u{301} b", "🇻🇳 🇻🇳", "e\u{301} ",
    ]

    @Test func isPlainMeansCharactersAreScalars() {
        for s in Self.samples where PlainText.isPlain(s) {
            #expect(s.count == s.unicodeScalars.count, "\(s)")
        }
        #expect(PlainText.isPlain("Nguyễn Phú Trọng – “Đối tác”…"))
        #expect(!PlainText.isPlain("Nguye\u{303}n"))
        #expect(!PlainText.isPlain("a\r\nb"))
    }

    /// Two keys are equal exactly when their texts are, canonical equivalents included, and equal
    /// keys hash alike.
    @Test func textKeysAreEqualExactlyWhenTheTextsAre() {
        let texts = Self.samples + ["Nguyễn", "Nguye\u{302}\u{303}n", "Nguyê\u{303}n", "é", "e\u{301}", "Việt Nam", "Vie\u{323}\u{302}t Nam"]
        for a in texts {
            for b in texts {
                #expect((TextKey(a) == TextKey(b)) == (a == b), "\(a.debugDescription) \(b.debugDescription)")
                if a == b { #expect(TextKey(a).hashValue == TextKey(b).hashValue) }
            }
        }
        #expect(Set(texts.map(TextKey.init)).count == Set(texts).count)
    }

    @Test func trimmingAnswersAsFoundation() {
        for s in Self.samples {
            #expect(PlainText.trimmingWhitespace(s) == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
        }
    }

    @Test func linesAnswerAsCharacterSplit() {
        for s in Self.samples {
            #expect(PlainText.lines(s) == s.split(separator: "\n", omittingEmptySubsequences: true), "\(s.debugDescription)")
        }
    }

    @Test func prefixesAndSuffixesAnswerAsTheStandardLibrary() {
        let affixes = ["(TTXVN) -", "(TTXVN)-", "( TTXVN ) -", "VOV5 - ", "( TTXVN )", "(TTXVN)", "Theo TTXVN", "/.", "", "a", "e", "🇻🇳", "\u{301}"]
        for s in Self.samples {
            let plain = PlainText.isPlain(s)
            for affix in affixes {
                #expect(PlainText.hasPrefix(s, affix, textIsPlain: plain) == s.hasPrefix(affix), "\(s.debugDescription) \(affix)")
                #expect(PlainText.hasSuffix(s, affix, textIsPlain: plain) == s.hasSuffix(affix), "\(s.debugDescription) \(affix)")
            }
        }
    }

    @Test func sentencesAreTrimmedAsFoundationTrims() {
        for s in Self.samples {
            let pieces = SentenceSplitter.split(s + ". Câu sau.\u{A0}")
            #expect(pieces.allSatisfy { $0 == $0.trimmingCharacters(in: .whitespaces) }, "\(s.debugDescription)")
        }
        #expect(SentenceSplitter.split("\u{3000}Một câu.\u{2003} Hai câu. Ba ") == ["Một câu.\u{2003} Hai câu.", "Ba"])
    }

    @Test func plainTextIsAlreadyNFC() {
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value), ScalarFacts.isWholeCharacter(scalar) else { continue }
            let text = String(scalar) + "a" + String(scalar)
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(value, radix: 16))")
        }
    }

    @Test func wordCountAnswersAsCharacterSplit() {
        for s in Self.samples {
            #expect(PlainText.wordCount(s) == s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count, "\(s.debugDescription)")
        }
    }

    @Test func gluedStopsAreFoundWhereverTheyMayBe() {
        #expect(Cleaner.repairGluedSentences("thời gian tới.Thứ trưởng nói") == "thời gian tới. Thứ trưởng nói")
        #expect(Cleaner.repairGluedSentences("thời gian tới…Thứ trưởng nói") == "thời gian tới… Thứ trưởng nói")
        #expect(Cleaner.repairGluedSentences("tăng 5%.Thứ hai, (x).Bộ") == "tăng 5%. Thứ hai, (x). Bộ")
        #expect(Cleaner.repairGluedSentences("Washington D.C. Thứ") == "Washington D.C. Thứ")
        #expect(!Cleaner.mayHaveGluedStop("Câu một. Câu hai! Câu ba?"))
        #expect(Cleaner.mayHaveGluedStop("Câu một.Câu hai"))
        #expect(Cleaner.mayHaveGluedStop("tới…Thứ"))
    }

    @Test func markdownPlainKeepsItsMeaning() {
        #expect(MarkdownText.plain("## Tiêu đề **đậm** và [liên kết](https://x.vn) `mã`") == "Tiêu đề đậm và liên kết mã")
        #expect(MarkdownText.plain("- mục __một__ ") == "mục một")
        #expect(MarkdownText.plain("không có gì đặc biệt") == "không có gì đặc biệt")
        #expect(MarkdownText.escape("1. đầu [x] *y*") == "1\\. đầu \\[x\\] \\*y\\*")
    }
}
