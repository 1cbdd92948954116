import Foundation
import Testing
@testable import SitegenCore

@Suite struct PageManifestTests {
    static func manifest(_ entries: [String: PageManifest.Page]) -> PageManifest {
        let record = PageManifest.Record(renderFingerprint: "r1", inputs: "i1", articles: 2, events: 3, pages: 4, files: 5,
                                         diagnostics: [Diagnostic(.warning, file: "a/b.txt", line: 3, "tên sự kiện")],
                                         eventsByKind: ["visit": 2, "signing": 1], pagesByKind: ["event": 3, "index": 1])
        return PageManifest(record: record, entries: entries)
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let entries: [String: PageManifest.Page] = [
            "events/2024-03-17-chuyen-tham/index.html": .init(fingerprint: "0123456789abcdef", size: 15_246),
            "people/nguyễn-văn-a/index.html": .init(fingerprint: "fedcba", size: 0),
            "events.json": .init(fingerprint: "", size: 80_000_000_000),
            "a b/ c.html": .init(fingerprint: "x", size: 7),
        ]
        let read = try #require(PageManifest.parse(try Self.manifest(entries).encoded()))
        #expect(read.record.renderFingerprint == "r1" && read.record.inputs == "i1" && read.record.files == 5)
        #expect(read.record.diagnostics == Self.manifest([:]).record.diagnostics)
        #expect(read.record.eventsByKind == ["visit": 2, "signing": 1] && read.record.pagesByKind == ["event": 3, "index": 1])
        #expect(read.entries.count == entries.count)
        for (path, page) in entries {
            #expect(read.entries[path]?.fingerprint == page.fingerprint && read.entries[path]?.size == page.size, "\(path)")
        }
        #expect(read.buildID == Self.manifest(entries).buildID)
    }

    @Test func aPathThatCannotBeRecordedIsLeftOut() throws {
        let entries: [String: PageManifest.Page] = ["tab\there.html": .init(fingerprint: "a", size: 1),
                                                    "line\nbreak.html": .init(fingerprint: "b", size: 2),
                                                    "plain.html": .init(fingerprint: "c", size: 3)]
        let read = try #require(PageManifest.parse(try Self.manifest(entries).encoded()))
        #expect(Array(read.entries.keys) == ["plain.html"])
    }

    @Test func aDamagedManifestIsNotRead() throws {
        let good = try Self.manifest(["p.html": .init(fingerprint: "f", size: 12)]).encoded()
        let text = String(decoding: good, as: UTF8.self)
        #expect(PageManifest.parse(good) != nil)
        for damaged in [
            text.replacingOccurrences(of: "sitegen-pages/2", with: "sitegen-pages/1"),
            text.replacingOccurrences(of: "\t12\n", with: "\t1x2\n"),
            text.replacingOccurrences(of: "\t12\n", with: "\t\n"),
            text.replacingOccurrences(of: "\t12\n", with: "\t12\textra\n"),
            text.replacingOccurrences(of: "p.html\tf\t", with: "p.html f "),
            text.replacingOccurrences(of: "\"inputs\"", with: "\"inputz\""),
            String(text.prefix(10)),
            "",
        ] {
            #expect(PageManifest.parse(Data(damaged.utf8)) == nil, "\(damaged.prefix(60))")
        }
        #expect(PageManifest.parse(Data(text.replacingOccurrences(of: "\n", with: "\n\n").utf8))?.entries.count == 1, "blank lines are skipped")
    }
}
