import ArgumentParser
import Foundation
import SitegenCore

/// The build's inputs and output, shared by the commands that build (`serve`; `build` declares the
/// same options itself). The base URL is left to each command: `serve` always serves at `/`.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder of articles (.txt or .md, optional YAML front matter).")
    var content = "seeds"

    @Option(help: "Folder of Mustache templates; files under its static/ folder are copied to the site root.")
    var templates = "templates"

    @Option(help: "Folder of domain data files (countries, places, titles, topics, series, reference dates).")
    var data = "data"

    @Option(help: "Folder the site is written to; replaced as a whole on success.")
    var output = "public"

    @Option(help: "Interface language: vi (default) or en; labels come from data/translations.yaml, article text stays as written.")
    var language = "vi"

    @Option(name: .customLong("site-url"), help: "Origin the site is published at (https://example.org), for absolute links in feeds and the sitemap.")
    var siteURL: String?

    @Flag(name: .customLong("no-search"), help: "Skip the Pagefind search index (built by default when Pagefind is installed).")
    var noSearch = false

    /// The build configuration, with paths relative to the working folder.
    func configuration(baseURL: String) -> SiteBuilder.Configuration {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        return SiteBuilder.Configuration(
            content: url(content), templates: url(templates), data: url(data), output: url(output),
            render: .init(baseURL: baseURL, language: language, siteURL: siteURL), search: !noSearch)
    }
}
