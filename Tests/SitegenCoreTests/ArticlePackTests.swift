import Foundation
import Testing
@testable import SitegenCore

@Suite struct ArticlePackTests {
    @Test func entriesComeBackByKeyWhateverTheirBytes() throws {
        var pack = ArticlePack()
        pack["b1"] = Data("{\"x\": \"dòng\\nmới\"}".utf8)
        pack["a2"] = Data([0x0A, 0x20, 0x0A])
        pack["c3"] = Data()
        let back = try #require(ArticlePack(pack.data()))
        #expect(back.keys == ["a2", "b1", "c3"])
        #expect(back["a2"] == Data([0x0A, 0x20, 0x0A]) && back["c3"] == Data() && back["b1"] == pack["b1"])
        #expect(pack.data() == back.data(), "written in key order, so the same entries give the same bytes")
    }

    @Test func aTornPackKeepsTheEntriesBeforeTheTear() throws {
        var pack = ArticlePack()
        pack["a"] = Data("first".utf8)
        pack["b"] = Data("second".utf8)
        let whole = pack.data()
        let torn = try #require(ArticlePack(whole.prefix(whole.count - 3)))
        #expect(torn.keys == ["a"])
        #expect(ArticlePack(Data("not a pack".utf8)) == nil)
    }

    static func entry(_ id: String) -> ArticleCacheEntry { ArticleCacheEntry(naturalID: id, finalID: id, loadDiagnostics: [], extracted: nil) }

    @Test func pruningKeepsLiveEntriesAndDropsShardsNoBuildNeeds() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let entry = Self.entry
        let writer = ArticleCache(folder: root, salt: ContentHash())
        try writer.prepare()
        writer.write([("aa01", entry("1")), ("aa02", entry("2")), ("bb01", entry("3"))])
        #expect(writer.read(["aa01", "bb01", "cc01", nil]).map { $0?.naturalID } == ["1", "3", nil, nil])

        // A later build that only has aa01 and a new dd01.
        let later = ArticleCache(folder: root, salt: ContentHash())
        #expect(later.read(["aa01", "dd01"]).map { $0?.naturalID } == ["1", nil])
        later.write([("dd01", entry("4"))])
        later.prune(keeping: ["aa01", "dd01"])
        let shards = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("articles").path).sorted()
        #expect(shards == ["aa.pack", "dd.pack"])
        let next = ArticleCache(folder: root, salt: ContentHash())
        #expect(next.read(["aa01", "aa02", "bb01", "dd01"]).map { $0?.naturalID } == ["1", nil, nil, "4"])
    }

    /// Writing with the build's keys drops, from the shards it rewrites anyway, the entries of files
    /// that changed; pruning then has nothing left to rewrite there.
    @Test func writingDropsStaleEntriesFromTheShardsItRewrites() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let entry = Self.entry
        let first = ArticleCache(folder: root, salt: ContentHash())
        try first.prepare()
        first.write([("aa01", entry("1")), ("aa02", entry("2")), ("bb01", entry("3"))])
        // aa02 changed into aa03; bb01 is unchanged, so its shard is not rewritten.
        let later = ArticleCache(folder: root, salt: ContentHash())
        _ = later.read(["aa01", "aa03", "bb01"])
        later.write([("aa03", entry("2'"))], keeping: ["aa01", "aa03", "bb01"])
        let aa = try #require(ArticlePack(contentsOf: root.appendingPathComponent("articles/aa.pack")))
        #expect(aa.keys.sorted() == ["aa01", "aa03"])
        let modified = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("articles/aa.pack").path)[.modificationDate] as? Date
        later.prune(keeping: ["aa01", "aa03", "bb01"])
        #expect(try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("articles/aa.pack").path)[.modificationDate] as? Date == modified)
        #expect(later.read(["aa01", "aa02", "aa03", "bb01"]).map { $0?.naturalID } == ["1", nil, "2'", "3"])
    }
}
