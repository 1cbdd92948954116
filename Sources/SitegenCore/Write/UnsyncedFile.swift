import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files with plain system calls and no fsync. Foundation's `Data.write(to:)` syncs every
/// file to the disk, which costs about 0.25 ms a file here: more than rendering a page. A site and a
/// cache can be made again, so durability is not worth that; an interrupted build is caught by the
/// output's marker and a torn cache entry fails to decode and is a miss.
enum UnsyncedFile {
    struct Failure: Error, LocalizedError {
        let path: String
        let reason: String
        var errorDescription: String? { "cannot write \(path): \(reason)" }
    }

    /// Creates or truncates the file at `path` and writes `data` to it.
    static func write(_ data: Data, to path: String) throws {
        try write(to: path) { append in try data.withUnsafeBytes(append) }
    }

    /// Creates or truncates the file at `path` and writes to it whatever `body` appends, part by
    /// part: a file too large to hold in memory whole.
    static func write(to path: String, _ body: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try body { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Writes to a temporary file beside `path` and renames it over `path`, so a reader sees the old
    /// file or the new one, never half of one.
    static func replace(_ data: Data, at path: String) throws {
        let temporary = path + ".tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        do {
            try write(data, to: temporary)
            guard rename(temporary, path) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
