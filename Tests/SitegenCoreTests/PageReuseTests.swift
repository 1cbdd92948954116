import Foundation
import Testing
@testable import SitegenCore

@Suite struct PageReuseTests {
    /// A file written outside memory (events.json) is kept from the previous build when its bytes
    /// are the same, and its written copy goes; otherwise the written copy is moved in.
    @Test func aStagedFileIsKeptOnlyWhenItsBytesAreUnchanged() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let previous = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        let old = Data(String(repeating: "{\"events\" : []}\n", count: 5000).utf8)
        try old.write(to: previous.appendingPathComponent("events.json"))
        let reuse = PageReuse(previousOutput: previous, previous: ["events.json": PageManifest.Page(fingerprint: "", size: old.count)])

        let same = root.appendingPathComponent(".same.partial")
        try old.write(to: same)
        let kept = reuse.keepIfUnchanged(path: "events.json", staged: same)
        #expect(kept.existingPath == previous.appendingPathComponent("events.json").path && kept.staged == nil)
        #expect(!FileManager.default.fileExists(atPath: same.path), "the written copy goes")
        #expect(reuse.keptCount == 1 && reuse.pages["events.json"]?.size == old.count)

        var new = old
        new[new.count - 2] = UInt8(ascii: "]")
        let changed = root.appendingPathComponent(".changed.partial")
        try new.write(to: changed)
        let moved = reuse.keepIfUnchanged(path: "events.json", staged: changed)
        #expect(moved.staged == changed && moved.existingPath == nil)
        #expect(FileManager.default.fileExists(atPath: changed.path))

        let first = PageReuse(previousOutput: nil, previous: [:]).keepIfUnchanged(path: "events.json", staged: changed)
        #expect(first.staged == changed, "a first build has nothing to keep")
    }
}
