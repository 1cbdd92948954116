import Foundation

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

    public init(root: URL) { self.root = root.standardizedFileURL }

    public func listFiles() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SitegenError.content(path: root.path, message: "content folder does not exist")
        }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(rootPath) else { continue }
            paths.append(String(full.dropFirst(rootPath.count)))
        }
        return paths.sorted()
    }

    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    public func size(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
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
