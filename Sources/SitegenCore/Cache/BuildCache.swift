import Foundation

/// The incremental-build cache of one output folder: per-article results and the page manifest.
/// Kept outside the output so nothing of it is published.
struct BuildCache: Sendable {
    let folder: URL
    let articles: ArticleCache

    /// - Parameters:
    ///   - root: the cache folder (`.sitegen-cache` beside the output by default).
    ///   - extractionPrint: the program and data files, on which every article's result depends.
    init(root: URL, output: URL, extractionPrint: ContentHash) {
        let outputPath = output.standardizedFileURL.path
        let name = VietnameseText.slug(output.lastPathComponent)
        folder = root.appendingPathComponent("\(name.isEmpty ? "site" : name)-\(String(ContentHash.of(outputPath).description.prefix(12)))")
        articles = ArticleCache(folder: folder, salt: extractionPrint)
    }

    var manifestURL: URL { folder.appendingPathComponent("pages.tsv") }

    func prepare() throws {
        do {
            try articles.prepare()
        } catch {
            throw SitegenError.output(path: folder.path, message: "cannot create the build cache folder (\(error.localizedDescription))")
        }
    }

    /// The cache folder used when none is given: hidden, beside the output folder.
    static func defaultRoot(for output: URL) -> URL {
        output.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".sitegen-cache")
    }
}
