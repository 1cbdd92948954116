import Foundation

/// What loading, cleaning and extracting one content file produced, kept between builds so an
/// unchanged file is never read again past its bytes.
struct ArticleCacheEntry: Codable, Sendable {
    /// The id the article asks for (front matter or file name), before two alike are told apart.
    var naturalID: String?
    /// The id it had in the build that made this entry; a different one now means extracting again.
    var finalID: String?
    var loadDiagnostics: [Diagnostic]
    /// nil when the file could not be decoded.
    var extracted: ExtractedArticle?
}

/// Entries (`BinaryCoding`, one per content file) are keyed by a hash of the file's path and bytes and of
/// the program and data files that read it, and kept in 256 shard files by the key's first two hex
/// digits: a new file costs far more than its bytes on some file systems (ext4 without a journal
/// searches past every recently freed inode), and 10,000 entry files made writing the cache a sixth
/// of a clean build. A shard is replaced whole and atomically; one that cannot be read or parsed
/// only means its articles are read again. Entries no build uses any more are pruned.
struct ArticleCache: Sendable {
    let folder: URL
    let salt: ContentHash
    /// The keys each shard held when this build last read or wrote it, so pruning can tell which
    /// shards hold stale entries without reading them again.
    private let shardKeys = ShardKeys()

    init(folder: URL, salt: ContentHash) {
        self.folder = folder.appendingPathComponent("articles")
        self.salt = salt
    }

    func key(for file: RawFile) -> String? {
        guard case .success(let data) = file.contents else { return nil }
        var hash = salt
        hash.combine(file.path)
        hash.combine(data)
        return hash.description
    }

    /// The entries of these keys (nil where the cache has none), read a shard at a time on all cores.
    func read(_ keys: [String?]) -> [ArticleCacheEntry?] {
        let wanted = Dictionary(grouping: keys.indices.filter { keys[$0] != nil }) { Self.shard(of: keys[$0]!) }
        let found = ParallelMap.map(wanted.keys.sorted()) { shard -> [(Int, ArticleCacheEntry)] in
            guard let pack = ArticlePack(contentsOf: url(shard)) else { return [] }
            shardKeys.record(shard, pack.keys)
            return wanted[shard]!.compactMap { index in
                pack[keys[index]!].flatMap { try? BinaryCoding.decode(ArticleCacheEntry.self, from: $0) }.map { (index, $0) }
            }
        }
        var entries = [ArticleCacheEntry?](repeating: nil, count: keys.count)
        for (index, entry) in found.joined() { entries[index] = entry }
        return entries
    }

    /// Adds entries, each shard they fall in rewritten once with its other entries kept, except,
    /// given `current` (every key the build has), entries of files that changed or went: pruning
    /// them here spares rewriting every shard a second time after a data file or the program changed.
    /// An entry that cannot be written only means the article is read again next time.
    func write(_ entries: [(key: String, entry: ArticleCacheEntry)], keeping current: Set<String>? = nil) {
        let byShard = Dictionary(grouping: entries) { Self.shard(of: $0.key) }
        _ = ParallelMap.map(byShard.keys.sorted()) { shard in
            var pack = ArticlePack(contentsOf: url(shard)) ?? ArticlePack()
            if let current {
                for key in pack.keys where !current.contains(key) { pack[key] = nil }
            }
            for (key, entry) in byShard[shard]! {
                if let data = try? BinaryCoding.encode(entry) { pack[key] = data }
            }
            shardKeys.record(shard, pack.keys)
            try? UnsyncedFile.replace(pack.data(), at: url(shard).path)
        }
    }

    func prepare() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the entries of files that no longer exist or have changed: a shard this build never
    /// needed holds only such entries and goes; a shard with some is rewritten without them.
    func prune(keeping keys: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let shards = names.filter { $0.hasSuffix(".pack") }.map { String($0.dropLast(5)) }.sorted()
        _ = ParallelMap.map(shards) { shard in
            guard let known = shardKeys.keys(of: shard) else {
                try? FileManager.default.removeItem(at: url(shard))
                return
            }
            guard known.contains(where: { !keys.contains($0) }) else { return }
            guard var pack = ArticlePack(contentsOf: url(shard)) else { return }
            for key in pack.keys where !keys.contains(key) { pack[key] = nil }
            if pack.keys.isEmpty {
                try? FileManager.default.removeItem(at: url(shard))
            } else {
                try? UnsyncedFile.replace(pack.data(), at: url(shard).path)
            }
        }
        // Entry files of the layout before shards.
        for name in names where name.hasSuffix(".json") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    static func shard(of key: String) -> String { String(key.prefix(2)) }

    private func url(_ shard: String) -> URL { folder.appendingPathComponent(shard + ".pack") }
}

/// What this build saw in each shard file.
private final class ShardKeys: @unchecked Sendable {
    private var keysByShard: [String: [String]] = [:]
    private let lock = NSLock()

    func record(_ shard: String, _ keys: [String]) {
        lock.lock()
        keysByShard[shard] = keys
        lock.unlock()
    }

    func keys(of shard: String) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        return keysByShard[shard]
    }
}
