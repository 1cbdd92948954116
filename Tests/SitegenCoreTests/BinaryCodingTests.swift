import Foundation
import Testing
@testable import SitegenCore

@Suite struct BinaryCodingTests {
    struct Sample: Codable, Equatable {
        enum Kind: String, Codable { case a, b }
        enum Shape: Codable, Equatable { case dot, line(length: Int, label: String?) }
        var text: String
        var number: Int
        var negative: Int64
        var big: UInt64
        var small: UInt8
        var ratio: Double
        var flag: Bool
        var missing: String?
        var present: Int?
        var kind: Kind
        var shapes: [Shape]
        var nested: [[String]]
        var table: [String: Int]
        var empty: [Int]
    }

    static let sample = Sample(text: "Việt Nam – “Đối tác” 🇻🇳", number: 1_234_567, negative: -9_876_543_210, big: UInt64.max, small: 255,
                               ratio: -0.125, flag: true, missing: nil, present: 0, kind: .b,
                               shapes: [.dot, .line(length: 3, label: "x"), .line(length: -1, label: nil)],
                               nested: [["a", ""], [], ["Hà Nội"]], table: ["một": 1, "hai": 2], empty: [])

    @Test func valuesComeBackAsTheyWent() throws {
        let data = try BinaryCoding.encode(Self.sample)
        #expect(try BinaryCoding.decode(Sample.self, from: data) == Self.sample)
    }

    /// The cache's own entries: every seed article, cleaned and extracted, and its events after the merge.
    @Test func cacheEntriesComeBackAsTheyWent() throws {
        let documents = try ContentLoader(source: DiskContentSource(root: TestSupport.seedsDir)).load().documents
        let extracted = documents.map { TestSupport.extractor.extract(TestSupport.cleaner.clean($0)) }
        #expect(!extracted.isEmpty)
        for article in extracted + Merger.merge(extracted).articles {
            let entry = ArticleCacheEntry(naturalID: article.article.id, finalID: nil, loadDiagnostics: [], extracted: article)
            let back = try BinaryCoding.decode(ArticleCacheEntry.self, from: try BinaryCoding.encode(entry))
            #expect(back.extracted == article && back.naturalID == entry.naturalID && back.finalID == nil)
        }
    }

    struct Pair: Codable, Equatable { var first: String; var second: [String] }
    struct SecondOnly: Codable, Equatable { var second: [String] }

    /// A repeated text is written once; the repeats point back to it, and read right even when the
    /// reader never read the text itself.
    @Test func repeatedTextIsWrittenOnce() throws {
        let sentence = String(repeating: "Hai bên nhất trí tăng cường hợp tác. ", count: 20)
        let once = try BinaryCoding.encode(Pair(first: sentence, second: []))
        let thrice = try BinaryCoding.encode(Pair(first: sentence, second: [sentence, sentence]))
        #expect(thrice.count < once.count + 40)
        #expect(try BinaryCoding.decode(Pair.self, from: thrice) == Pair(first: sentence, second: [sentence, sentence]))
        #expect(try BinaryCoding.decode(SecondOnly.self, from: thrice) == SecondOnly(second: [sentence, sentence]))
        // Text alike but for its bytes (composed and decomposed) stays as it was written.
        let forms = Pair(first: "Việt", second: ["Vie\u{323}\u{302}t", "Việt"])
        let back = try BinaryCoding.decode(Pair.self, from: try BinaryCoding.encode(forms))
        #expect(back.first.utf8.elementsEqual(forms.first.utf8) && back.second.map { Array($0.utf8) } == forms.second.map { Array($0.utf8) })
    }

    @Test func otherBytesAreRefusedNotMisread() throws {
        let data = try BinaryCoding.encode(Self.sample)
        #expect(throws: (any Error).self) { try BinaryCoding.decode(Sample.self, from: Data("{\"text\":1}".utf8)) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode(Sample.self, from: Data()) }
        // Another type's value: a member it needs is missing, or has another type.
        #expect(throws: (any Error).self) { try BinaryCoding.decode(Sample.self, from: try BinaryCoding.encode(["text": "x"])) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode([Int].self, from: try BinaryCoding.encode(["x"])) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode(UInt8.self, from: try BinaryCoding.encode(256)) }
        // Every truncation and every single damaged byte either throws or decodes: never a crash.
        for length in 0..<data.count {
            _ = try? BinaryCoding.decode(Sample.self, from: data.prefix(length))
        }
        for index in data.indices {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = data
                damaged[index] ^= flip
                _ = try? BinaryCoding.decode(Sample.self, from: damaged)
            }
        }
    }
}
