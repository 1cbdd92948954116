import Foundation
import Testing
@testable import SitegenServe

struct FolderWatcherTests {
    @Test func seesFilesAddedChangedAndRemovedButNotHiddenOnes() throws {
        let root = try ServeTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content"), data = root.appendingPathComponent("data")
        try ServeTestSupport.write("one", to: content.appendingPathComponent("a.txt"))
        try ServeTestSupport.write("x: 1", to: data.appendingPathComponent("nested/b.yaml"))
        let watcher = FolderWatcher(folders: [content, data, root.appendingPathComponent("missing")])
        let first = watcher.snapshot()
        #expect(first.count == 2)
        #expect(watcher.snapshot() == first, "nothing changed")

        try ServeTestSupport.write("two!", to: content.appendingPathComponent("a.txt"))
        let second = watcher.snapshot()
        #expect(FolderWatcher.changes(from: first, to: second) == [content.path + "/a.txt"])

        try ServeTestSupport.write("new", to: data.appendingPathComponent("nested/c.yaml"))
        try FileManager.default.removeItem(at: data.appendingPathComponent("nested/b.yaml"))
        let third = watcher.snapshot()
        #expect(FolderWatcher.changes(from: second, to: third) == [data.path + "/nested/b.yaml", data.path + "/nested/c.yaml"])

        try ServeTestSupport.write("swap", to: content.appendingPathComponent(".a.txt.swp"))
        try ServeTestSupport.write("git", to: content.appendingPathComponent(".git/HEAD"))
        #expect(watcher.snapshot() == third, "hidden files and folders are ignored")
    }

    @Test func aSameSizeRewriteIsSeen() throws {
        let root = try ServeTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("a.txt")
        try ServeTestSupport.write("aaaa", to: file)
        let watcher = FolderWatcher(folders: [root])
        let before = watcher.snapshot()
        Thread.sleep(forTimeInterval: 0.02)
        // An editor that writes a new file and renames it over the old one (new inode), same size.
        let temporary = root.appendingPathComponent(".a.txt.tmp")
        try Data("bbbb".utf8).write(to: temporary)
        #expect(rename(temporary.path, file.path) == 0)
        #expect(FolderWatcher.changes(from: before, to: watcher.snapshot()) == [root.path + "/a.txt"])
    }

    @Test func followsALinkedFolder() throws {
        let root = try ServeTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try ServeTestSupport.write("t", to: root.appendingPathComponent("theme/index.mustache"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("templates").path, withDestinationPath: "theme")
        let snapshot = FolderWatcher(folders: [root.appendingPathComponent("templates")]).snapshot()
        #expect(Array(snapshot.keys) == [root.appendingPathComponent("templates").path + "/index.mustache"])
    }
}
