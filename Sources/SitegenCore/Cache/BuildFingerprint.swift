import Foundation

/// What a cached result depends on besides its own article: the program that made it, the data
/// files, the templates and the build options. A change to any of them makes old results unusable.
enum BuildFingerprint {
    /// Bumped when the layout of cache files changes.
    static let cacheFormat = "sitegen-cache/1"

    /// The running executable, by size and modification time: a rebuilt sitegen never reuses
    /// results of the old one, and reading its bytes on every build would cost more than it saves.
    static func program() -> ContentHash {
        var hash = ContentHash()
        hash.combine(cacheFormat)
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? "sitegen"
        hash.combine(path)
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
            hash.combine((attributes[.size] as? NSNumber)?.intValue ?? -1)
            hash.combine(Int(((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1_000_000))
        } else {
            // Unknown program: a fresh value each run, so nothing is ever reused by mistake.
            hash.combine(UUID().uuidString)
        }
        return hash
    }

    /// Every file under a folder, by relative path and bytes, in path order.
    static func folder(_ url: URL?) -> ContentHash {
        var hash = ContentHash()
        guard let url else { return hash }
        let root = url.standardizedFileURL.path
        hash.combine(root)
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return hash }
        var files: [String] = []
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        for relative in files.sorted() {
            hash.combine(relative)
            hash.combine((try? Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))) ?? Data([0xFF]))
        }
        return hash
    }
}
