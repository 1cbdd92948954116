import ArgumentParser
import Foundation
import SitegenCore

@main
struct Sitegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a relations-timeline website from Vietnamese news articles.",
        subcommands: [Build.self, Extract.self],
        defaultSubcommand: Build.self
    )
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the articles, extract and merge their events, and write the site.",
        discussion: "The site is built in a staging folder and swapped into place only when complete, so a failed build leaves the previous output untouched."
    )

    @Option(help: "Folder of articles (.txt or .md, optional YAML front matter).")
    var content = "seeds"

    @Option(help: "Folder of Mustache templates; files under its static/ folder are copied to the site root.")
    var templates = "templates"

    @Option(help: "Folder of domain data files (countries, places, titles, topics, series, reference dates).")
    var data = "data"

    @Option(help: "Folder the site is written to; replaced as a whole on success.")
    var output = "public"

    @Option(name: .customLong("base-url"), help: "Path the site is served from, e.g. / or /timeline/.")
    var baseURL = "/"

    @Option(help: "Interface language: vi (default) or en; labels come from data/translations.yaml, article text stays as written.")
    var language = "vi"

    @Option(name: .customLong("site-url"), help: "Origin the site is published at (https://example.org), for absolute links in feeds and the sitemap.")
    var siteURL: String?

    @Flag(name: .customLong("no-search"), help: "Skip the Pagefind search index (built by default when Pagefind is installed).")
    var noSearch = false

    @Flag(help: "Exit with a failure when the build has warnings too, not only errors (for CI).")
    var strict = false

    @Option(name: .customLong("max-file-size"), help: "Largest article read, in MB (default 2); larger files are reported and skipped. 0 reads every file.")
    var maxFileSize: Double = Double(ContentLoader.defaultMaxFileBytes) / 1_048_576

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        let builder = SiteBuilder(configuration: .init(
            content: url(content), templates: url(templates), data: url(data), output: url(output),
            render: .init(baseURL: baseURL, language: language, siteURL: siteURL), search: !noSearch,
            // Capped so that any number given converts to bytes without overflow; 0 or less means no limit.
            maxFileBytes: maxFileSize > 0 ? Int(min(maxFileSize, 1_000_000) * 1_048_576) : nil))
        do {
            let summary = try builder.build()
            for diagnostic in summary.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            }
            print("sitegen: built \(output)/: \(summary.line)")
            print("  stages: " + summary.stageSeconds.map { String(format: "%@ %.2f s", $0.stage, $0.seconds) }.joined(separator: ", "))
            // The site is written either way; the exit code tells CI whether input needs attention.
            if summary.errors > 0 || (strict && summary.warnings > 0) {
                FileHandle.standardError.write(Data("sitegen: \(summary.errors) errors, \(summary.warnings) warnings\(strict ? " (--strict)" : "")\n".utf8))
                throw ExitCode(1)
            }
        } catch let error as SitegenError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what is read from one article, as JSON: events, dates with their basis, sentences.",
        discussion: "Nothing is written; use it to see why an article produced the events it did."
    )

    @Argument(help: "The article file (.txt or .md).")
    var file: String

    @Option(help: "Folder of domain data files.")
    var data = "data"

    func run() throws {
        do {
            let json = try SingleArticle.extract(file: URL(fileURLWithPath: file).standardizedFileURL,
                                                 data: URL(fileURLWithPath: data).standardizedFileURL)
            FileHandle.standardOutput.write(json)
        } catch let error as SitegenError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
