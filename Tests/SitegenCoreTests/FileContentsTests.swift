import Foundation
import Testing
@testable import SitegenCore

@Suite struct FileContentsTests {
    @Test func sameBytesAcrossSlicesAndNothingElse() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("events.json").path
        let bytes = Data((0..<(FileContents.slice * 2 + 17)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(FileContents.equal(path, bytes))
        let offset = Data([1, 2, 3] + bytes).dropFirst(3)
        #expect(offset.startIndex == 3 && FileContents.equal(path, offset), "a slice that does not start at 0")
        var changed = bytes
        changed[FileContents.slice + 5] ^= 1
        #expect(!FileContents.equal(path, changed), "a difference in the second slice")
        #expect(!FileContents.equal(path, bytes.dropLast()), "a shorter file")
        #expect(!FileContents.equal(root.appendingPathComponent("missing").path, bytes))
        let empty = root.appendingPathComponent("empty").path
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(FileContents.equal(empty, Data()))
    }

    @Test func comparesTwoFilesSliceBySlice() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        func file(_ name: String, _ bytes: Data) throws -> String {
            let path = root.appendingPathComponent(name).path
            try bytes.write(to: URL(fileURLWithPath: path))
            return path
        }
        let bytes = Data((0..<(FileContents.slice * 2 + 17)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        var changed = bytes
        changed[FileContents.slice * 2 + 3] ^= 1
        let a = try file("a", bytes), b = try file("b", bytes)
        #expect(FileContents.equal(a, b))
        #expect(!FileContents.equal(a, try file("c", changed)), "a difference in the last slice")
        #expect(!FileContents.equal(a, try file("d", bytes.dropLast())), "a shorter file")
        #expect(!FileContents.equal(a, root.appendingPathComponent("missing").path))
        #expect(FileContents.equal(try file("e", Data()), try file("f", Data())))
    }
}

@Suite struct FileReadingTests {
    @Test func readsWholeFilesAndSaysWhyNot() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for size in [0, 1, 4095, 4096, 4097, 1 << 20] {
            let path = root.appendingPathComponent("f\(size)").path
            let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7) })
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(try FileContents.read(path) == bytes, "\(size) bytes")
        }
        #expect(throws: FileContents.ReadFailure.self) { try FileContents.read(root.appendingPathComponent("missing").path) }
        do {
            _ = try FileContents.read(root.path)
            Issue.record("a folder is not a file")
        } catch {
            #expect("\(error)" == "Is a directory")
        }
    }
}
