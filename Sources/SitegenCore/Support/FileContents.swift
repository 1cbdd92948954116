import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a file on disk holds exactly some bytes, read a slice at a time: the previous
/// `events.json` of a large site is hundreds of megabytes, and reading it whole beside the new one
/// doubled a rebuild's peak memory.
enum FileContents {
    static let slice = 1 << 20

    /// A whole file, read with one `open` and as few `read`s as its size allows: for the
    /// thousands of articles a build reads, Foundation's URL-based reading cost more than the
    /// reading itself.
    static func read(_ path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadFailure(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadFailure(reason: String(cString: strerror(errno))) }
        // The size is a hint: a file that grows or shrinks meanwhile is read to its end all the same.
        var data = Data(count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += max(data.count, 4096) }
            let got = data.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }

    struct ReadFailure: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }

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
