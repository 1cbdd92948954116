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

/// One JSON file per content file, named by a hash of the file's path and bytes and of the
/// program and data files that read it; entries no build uses any more are pruned.
struct ArticleCache: Sendable {
    let folder: URL
    let salt: ContentHash

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

    func read(_ key: String) -> ArticleCacheEntry? {
        guard let data = try? Data(contentsOf: url(key)) else { return nil }
        return try? JSONDecoder().decode(ArticleCacheEntry.self, from: data)
    }

    /// Written atomically, so an interrupted build leaves no half entry; an entry that cannot be
    /// written only means the article is read again next time.
    func write(_ key: String, _ entry: ArticleCacheEntry) {
        guard let data = try? JSONEncoder().encode(entry) else { return }
        try? UnsyncedFile.replace(data, at: url(key).path)
    }

    func prepare() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the entries of files that no longer exist or have changed.
    func prune(keeping keys: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".json") && !keys.contains(String(name.dropLast(5))) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private func url(_ key: String) -> URL { folder.appendingPathComponent(key + ".json") }
}
