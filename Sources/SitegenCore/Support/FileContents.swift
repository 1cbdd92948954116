import Foundation

/// Whether a file on disk holds exactly some bytes, read a slice at a time: the previous
/// `events.json` of a large site is hundreds of megabytes, and reading it whole beside the new one
/// doubled a rebuild's peak memory.
enum FileContents {
    static let slice = 1 << 20

    static func equal(_ path: String, _ data: Data) -> Bool {
        guard case .success(let size) = FileSize.of(path), size == data.count,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        var offset = 0
        while offset < data.count {
            guard let chunk = try? handle.read(upToCount: slice), !chunk.isEmpty,
                  chunk == data[data.startIndex + offset ..< data.startIndex + offset + chunk.count] else { return false }
            offset += chunk.count
        }
        return (try? handle.read(upToCount: 1))?.isEmpty ?? true
    }
}
