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

    /// Whether two files hold the same bytes, compared a slice at a time.
    static func equal(_ path: String, _ other: String) -> Bool {
        guard case .success(let size) = FileSize.of(path), case .success(size) = FileSize.of(other),
              let a = FileHandle(forReadingAtPath: path), let b = FileHandle(forReadingAtPath: other) else { return false }
        defer {
            try? a.close()
            try? b.close()
        }
        var compared = 0
        while compared < size {
            guard let x = try? a.read(upToCount: slice), !x.isEmpty else { return false }
            var y = Data()
            while y.count < x.count {
                guard let more = try? b.read(upToCount: x.count - y.count), !more.isEmpty else { return false }
                y.append(more)
            }
            guard x == y else { return false }
            compared += x.count
        }
        return true
    }
}
