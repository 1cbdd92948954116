import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Read access to the content folder, injectable so tests can build from memory.
public protocol ContentSource: Sendable {
    /// Paths of all files, relative to the content root, with "/" separators, sorted.
    func listFiles() throws -> [String]
    func read(_ path: String) throws -> Data
    /// The size in bytes, asked before reading so an oversized file is never loaded.
    func size(_ path: String) throws -> Int
}

public struct DiskContentSource: ContentSource {
    public let root: URL

    /// The root's path, to which each file's relative path is joined.
    private let rootPath: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPath = self.root.path
    }

    /// Every file under the root, hidden files and folders left out, sorted. A plain directory walk:
    /// FileManager's enumerator reads every file's extended attributes and owner on Linux, which
    /// took seconds for 10,000 files.
    public func listFiles() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SitegenError.content(path: root.path, message: "content folder does not exist")
        }
        var paths: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let full = folder.isEmpty ? root.path : root.path + "/" + folder
            guard let dir = opendir(full) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                guard !name.hasPrefix(".") else { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                switch Self.kind(of: entry.pointee.d_type, at: full + "/" + name) {
                case .file: paths.append(relative)
                case .folder: pending.append(relative)
                case .other: break
                }
            }
        }
        return paths.sorted()
    }

    private enum EntryKind { case file, folder, other }

    /// A symbolic link counts as what it points to, except that linked folders are not entered
    /// (a link to a parent would never end).
    private static func kind(of type: UInt8, at path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            var info = stat()
            guard (Int32(type) == Int32(DT_LNK) ? stat(path, &info) : lstat(path, &info)) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return Int32(type) == Int32(DT_LNK) ? .other : .folder
            default: return .other
            }
        default: return .other
        }
    }

    public func read(_ path: String) throws -> Data {
        try FileContents.read(rootPath + "/" + path)
    }

    public func size(_ path: String) throws -> Int {
        let full = rootPath + "/" + path
        switch FileSize.of(full) {
        case .success(let size): return size
        case .failure(let failure): throw SitegenError.content(path: full, message: failure.reason)
        }
    }
}

public struct MemoryContentSource: ContentSource {
    public var files: [String: Data]

    public init(files: [String: Data]) { self.files = files }
    public init(texts: [String: String]) { self.files = texts.mapValues { Data($0.utf8) } }

    public func listFiles() throws -> [String] { files.keys.sorted() }

    public func read(_ path: String) throws -> Data {
        guard let data = files[path] else { throw SitegenError.content(path: path, message: "no such file") }
        return data
    }

    public func size(_ path: String) throws -> Int { try read(path).count }
}
