import Foundation
import Testing
@testable import SitegenCore

@Suite struct SlugTests {
    /// The slug as it was first written: Foundation's folding of each letter and its `alphanumerics`.
    static func referenceSlug(_ text: String, maxLength: Int = 80) -> String {
        var ascii = ""
        var lastDash = true
        for scalar in text.unicodeScalars {
            let folded = scalar.isASCII ? String(scalar)
                : String(scalar).replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
                    .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            for part in folded.unicodeScalars {
                if part.isASCII, CharacterSet.alphanumerics.contains(part) {
                    ascii.unicodeScalars.append(part)
                    lastDash = false
                } else if !lastDash {
                    ascii.append("-")
                    lastDash = true
                }
            }
        }
        while ascii.hasSuffix("-") { ascii.removeLast() }
        if ascii.count > maxLength {
            ascii = String(ascii.prefix(maxLength))
            while ascii.hasSuffix("-") { ascii.removeLast() }
        }
        return ascii.lowercased()
    }

    @Test func knownSlugs() {
        #expect(VietnameseText.slug("2024-03-17 Chuyến thăm Việt Nam - Đan Mạch") == "2024-03-17-chuyen-tham-viet-nam-dan-mach")
        #expect(VietnameseText.slug("Đối thoại Chiến lược Quốc phòng lần thứ 14") == "doi-thoai-chien-luoc-quoc-phong-lan-thu-14")
        #expect(VietnameseText.slug("  --Ngô Thị Hoà--  ") == "ngo-thi-hoa")
        #expect(VietnameseText.slug("") == "" && VietnameseText.slug("—") == "")
    }

    @Test func sameAsTheReferenceOnEveryKindOfText() {
        let fixed = ["Bùi Thanh Sơn", "ĐÀ NẴNG", "Łódź Straße Ærøskøbing", "Москва", "東京 2024", "naïve café", "x\u{301}y\u{323}",
                     "🇻🇳 Việt Nam", "A_B$C^D", "ǅemal Ǆ", "ﬁnance", "ẞ", "İstanbul", "a\r\nb", String(repeating: "Nguyễn-", count: 30)]
        for text in fixed {
            #expect(VietnameseText.slug(text) == Self.referenceSlug(text), "\(text)")
            #expect(VietnameseText.slug(text, maxLength: 7) == Self.referenceSlug(text, maxLength: 7), "\(text)")
        }
        var generator = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x80...0x24F, 0x1E00...0x1EFF, 0x300...0x36F, 0x370...0x52F, 0x2000...0x206F, 0x4E00...0x4E50]
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let scalars = (0..<length).compactMap { _ -> Unicode.Scalar? in
                let range = ranges.randomElement(using: &generator)!
                return Unicode.Scalar(UInt32.random(in: range, using: &generator))
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let limit = Int.random(in: 1...50, using: &generator)
            #expect(VietnameseText.slug(text, maxLength: limit) == Self.referenceSlug(text, maxLength: limit), "\(scalars.map { String($0.value, radix: 16) })")
        }
    }
}
