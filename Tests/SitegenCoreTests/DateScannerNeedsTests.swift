import Foundation
import Testing
@testable import SitegenCore

/// Skipping the date rules a sentence lacks the characters for must not lose a date.
@Suite struct DateScannerNeedsTests {
    static let sentences: [String] = [
        "Ngày 04/12/2015, hai bên ký kết.", "ngày 21 tháng 11 năm 2019 tại Hà Nội", "NGÀY 21 THÁNG 11 NĂM 2019",
        "từ ngày 4 đến 6/7/2007", "Hội nghị diễn ra 4-6/12 tại Tokyo", "kỷ niệm 50 năm (11/9/1973-11/9/2023)",
        "hôm thứ Năm (20/12)", "Chiều qua (20/12)", "SÁNG NAY 12/8", "Tháng 10/2011", "THÁNG 5 NĂM NAY", "tháng 11 tới",
        "giai đoạn 2024-2026", "cuối năm 2022", "Năm nay", "NĂM NGOÁI", "hôm qua", "HÔM KIA", "tối nay", "ĐÊM QUA",
        "hôm thứ Hai", "Thứ Ba vừa qua", "CHỦ NHẬT TUẦN TRƯỚC", "thứ hai tuần qua", "Chương trình hành động 2010",
        "4.12.2015", "4-12-2015", "ngày 18/12", "năm sau", "trưa qua", "ngày ١٢/٣", "٢٠٢٤", "ſáng qua", "ﬆháng 5",
        "Vie\u{323}\u{302}t Nam ngày 3/4", "tha\u{301}ng 5 na\u{306}m 2020", "ho\u{302}m qua",
        "quan hệ hôm quan", "năm nayx", "năm nay,", "năm nay2020", "hôm kia", "năm sau.", "năm ngoáiA", "hôm qua(20/12)",
        "sáng qua:", "đêm nay…", "năm tới-2025", "thứ Hai tuần qua!", "Thứ ba vừa rồi", "năm nayá", "tháng 5 năm nay",
        "tháng 3 năm trước", "tháng 10 năm tớiđây", "tháng 2/2020", "tháng 2-2020", "tháng 2 năm 2020", "chiều nay_", "tối qua'",
        "năm nay\u{301}", "hôm qua\u{200D}", "Năm Nay", "NĂM SAU", "năm sau\u{A0}đó", "HÔM THỨ NĂM", "hôm thứ", "chủ nhật vừa qua",
    ]

    @Test func needsSkipNoMatch() throws {
        var all = Self.sentences
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.seedsDir.path) {
            let article = TestSupport.clean(try String(contentsOf: TestSupport.seedsDir.appendingPathComponent(name), encoding: .utf8), path: name)
            all += [article.title ?? ""] + article.sentences
        }
        let unseen = TestSupport.fixtures.appendingPathComponent("unseen")
        for name in try FileManager.default.contentsOfDirectory(atPath: unseen.path) {
            let article = TestSupport.clean(try String(contentsOf: unseen.appendingPathComponent(name), encoding: .utf8), path: name)
            all += [article.title ?? ""] + article.sentences
        }
        #expect(all.count > 300)
        for sentence in all + all.map({ $0.uppercased() }) + all.map({ $0.lowercased() }) {
            let text = TokenizedText(sentence)
            #expect(DateScanner.scan(text) == DateScanner.scanRunningAllRules(text), "\(sentence)")
        }
    }

    /// A word clue reads a sentence lowercased; the patterns match case-insensitively. For the
    /// letters the clues accept, the two must agree on every letter of the clue words.
    @Test func lowercaseIsHowThePatternsFoldCase() throws {
        let letters = Set("tháng năm hôm qua nay thứ chủ nhật vừa tuần".unicodeScalars)
        let accepted = (UInt32(0)..<0x2100).compactMap(Unicode.Scalar.init).filter(DateClues.foldsAsLowercase)
        for letter in letters {
            let pattern = try NSRegularExpression(pattern: "^\\Q\(letter)\\E$", options: [.caseInsensitive])
            for scalar in accepted {
                let text = String(scalar)
                let matches = pattern.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
                #expect(matches == (ScalarFacts.lowercase(scalar) == letter), "U+\(String(scalar.value, radix: 16)) vs \(letter)")
            }
        }
    }

    /// `lowercasedContains` reads the table-lowercased bytes as `lowercased()`.
    @Test func tableLowercaseIsStringLowercase() {
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value), DateClues.foldsAsLowercase(scalar), let lower = ScalarFacts.lowercase(scalar) else { continue }
            #expect(String(scalar).lowercased().unicodeScalars.elementsEqual([lower]), "U+\(String(value, radix: 16))")
            #expect(("Ab" + String(scalar) + "c").lowercased() == "ab" + String(lower) + "c")
        }
    }

    @Test func cluesOfASentence() {
        let clues = DateClues("THÁNG 5/2024, hai bên (2010-2025)")
        #expect(clues.has(.word("tháng")))
        #expect(!clues.has(.word("năm")))
        #expect(clues.has(.betweenDigits("/")) && clues.has(.betweenDigits("-")) && !clues.has(.betweenDigits(".")))
        #expect(clues.has(.century))
        #expect(!DateClues("Việt Nam-Anh 5 - 6").has(.betweenDigits("-")))
        #expect(DateClues("ngày ١٢/٣").has(.betweenDigits("/")))
        #expect(DateClues("1/2").has(.betweenDigits("/")) && !DateClues("1/").has(.betweenDigits("/")) && !DateClues("/2").has(.betweenDigits("/")))
        #expect(DateClues("năm 1975").has(.century) && DateClues("2020").has(.century) && !DateClues("1 9 2 0 21").has(.century))
        #expect(!DateClues("quan hệ hôm quan").has(.wholeWord("qua")))
        #expect(DateClues("hôm qua.").has(.wholeWord("qua")) && DateClues("HÔM QUA").has(.wholeWord("qua")) && DateClues("x qua").has(.wholeWord("qua")))
        #expect(!DateClues("x qua1").has(.wholeWord("qua")) && !DateClues("qua x").has(.wholeWord("qua")) && !DateClues("x quaá").has(.wholeWord("qua")))
        #expect(DateClues("x qua-").has(.wholeWord("qua")) && DateClues("x qua quan").has(.wholeWord("qua")))
        // Letters the clues do not model leave every word possible.
        #expect(DateClues("ſáng 🇻🇳").has(.word("tháng")))
    }

    @Test func containsAnswersAsFoundation() {
        let texts = ["hôm qua", "quá", "nay", "này", "na\u{300}y", "ngày nay", "chủ nhật", "chu\u{309} nhật", "thứ", "thư\u{301}",
                     "sau", "ſau", "SAU", "tới", "to\u{31B}\u{301}i", "ngoái", "", "qua\r\n", "🇻🇳 nay", "oậ", "hôm\u{301}", "“nay”", "qua…", "\u{2000}nay", "na\u{2000}y"]
        let words = ["hôm", "qua", "nay", "tới", "sau", "ngoái", "thứ", "chủ nhật", "ảnh", "a", "ậ", "o"]
        for text in texts {
            for word in words {
                #expect(VietnameseText.contains(text, word) == text.contains(word), "\(text) / \(word)")
            }
        }
    }
}
