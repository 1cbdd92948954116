import Foundation

/// One shard file of the article cache: entries' bytes by key, written in key order as
///
///     sitegen-article-pack 2
///     <key> <byte count>
///     <bytes>
///     …
///
/// Reading stops at the first thing that does not fit this shape; the entries before it are kept.
struct ArticlePack {
    /// Version 2: entries in `BinaryCoding` (version 1 held JSON); a pack of another version is not read.
    static let header = "sitegen-article-pack 2\n"

    private var entries: [String: Data] = [:]

    init() {}

    /// nil when there is no such file or it is not a pack.
    init?(contentsOf url: URL) {
        guard let data = try? Data(contentsOf: url) else { return nil }
        self.init(data)
    }

    init?(_ data: Data) {
        let bytes = [UInt8](data)
        let header = Array(Self.header.utf8)
        guard bytes.starts(with: header) else { return nil }
        var position = header.count
        while position < bytes.count {
            guard let lineEnd = bytes[position...].firstIndex(of: 0x0A),
                  let space = bytes[position..<lineEnd].lastIndex(of: UInt8(ascii: " ")),
                  let count = Int(String(decoding: bytes[(space + 1)..<lineEnd], as: UTF8.self)), count >= 0,
                  lineEnd + 1 + count < bytes.count, bytes[lineEnd + 1 + count] == 0x0A
            else { break }
            let key = String(decoding: bytes[position..<space], as: UTF8.self)
            entries[key] = Data(bytes[(lineEnd + 1)..<(lineEnd + 1 + count)])
            position = lineEnd + 1 + count + 1
        }
    }

    subscript(key: String) -> Data? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    var keys: [String] { entries.keys.sorted() }

    func data() -> Data {
        var out = Data(Self.header.utf8)
        for key in keys {
            let entry = entries[key]!
            out.append(contentsOf: Array("\(key) \(entry.count)\n".utf8))
            out.append(entry)
            out.append(0x0A)
        }
        return out
    }
}
