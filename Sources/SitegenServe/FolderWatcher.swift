import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices changes in a few folders by polling: each call to `snapshot()` lists every file with its
/// size and modification time (nanoseconds), and two snapshots differ when a file was added, removed
/// or changed. Portable, needs no inotify, and cheap for folders of a few thousand files.
/// Hidden files and folders (editor swap files, `.git`) are ignored.
public struct FolderWatcher: Sendable {
    public struct Stamp: Sendable, Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    public typealias Snapshot = [String: Stamp]

    public let folders: [URL]

    public init(folders: [URL]) { self.folders = folders.map(\.standardizedFileURL) }

    /// Every file under the folders (following a symbolic link to a folder at the top, as
    /// `templates/` is one); a missing folder counts as empty.
    public func snapshot() -> Snapshot {
        var files: Snapshot = [:]
        for folder in folders {
            let root = folder.resolvingSymlinksInPath().path
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                let path = root + "/" + relative
                if let stamp = Self.stamp(path) { files[folder.path + "/" + relative] = stamp }
            }
        }
        return files
    }

    /// The paths added, removed or changed between two snapshots, sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var paths = Set<String>()
        for (path, stamp) in new where old[path] != stamp { paths.insert(path) }
        for path in old.keys where new[path] == nil { paths.insert(path) }
        return paths.sorted()
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(size: Int64(info.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), inode: UInt64(info.st_ino))
    }
}
