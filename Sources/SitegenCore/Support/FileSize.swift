import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's size from a plain stat. FileManager's attributes also read extended attributes and
/// look up the owner's name through the name service, for every file: seconds over a large site.
enum FileSize {
    /// The size in bytes, or why the file could not be examined (for messages).
    static func of(_ path: String) -> Result<Int, FileSize.Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(Failure(reason: String(cString: strerror(errno)))) }
        return .success(Int(info.st_size))
    }

    struct Failure: Error {
        let reason: String
    }
}
