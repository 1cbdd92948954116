import ArgumentParser
import Foundation
import SitegenCore

/// The build's inputs and output, shared by the commands that build (`build`, `serve`). The base URL
/// is left to each command: `serve` always serves at `/`.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder of articles (.txt or .md, optional YAML front matter).", completion: .directory)
    var content = "seeds"

    @Option(help: "Folder of Mustache templates; files under its static/ folder are copied to the site root.", completion: .directory)
    var templates = "templates"

    @Option(help: "Folder of domain data files (countries, places, titles, topics, series, reference dates).", completion: .directory)
    var data = "data"

    @Option(help: "Folder the site is written to; replaced as a whole on success.", completion: .directory)
    var output = "public"

    @Option(help: "Interface language: vi (default) or en; labels come from data/translations.yaml, article text stays as written.")
    var language = "vi"

    @Option(name: .customLong("site-url"), help: "Origin the site is published at (https://example.org), for absolute links in feeds and the sitemap.")
    var siteURL: String?

    @Flag(name: .customLong("no-search"), help: "Skip the Pagefind search index (built by default when Pagefind is installed).")
    var noSearch = false

    @Option(help: "Folder of the incremental-build cache (default: .sitegen-cache beside the output folder).", completion: .directory)
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Build everything from scratch and keep no cache.")
    var noCache = false

    @Option(name: .customLong("max-file-size"), help: "Largest article read, in MB (default 2); larger files are reported and skipped. 0 reads every file.")
    var maxFileSize: Double = Double(ContentLoader.defaultMaxFileBytes) / 1_048_576

    /// The build configuration, with paths relative to the working folder.
    func configuration(baseURL: String) -> SiteBuilder.Configuration {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        return SiteBuilder.Configuration(
            content: url(content), templates: url(templates), data: url(data), output: url(output),
            render: .init(baseURL: baseURL, language: language, siteURL: siteURL), search: !noSearch,
            cache: noCache ? nil : cache.map(url) ?? SiteBuilder.defaultCache(for: url(output)),
            // Capped so that any number given converts to bytes without overflow; 0 or less means no limit.
            maxFileBytes: maxFileSize > 0 ? Int(min(maxFileSize, 1_000_000) * 1_048_576) : nil)
    }
}
