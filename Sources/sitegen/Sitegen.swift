import ArgumentParser
import Foundation
import SitegenCore

@main
struct Sitegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a relations-timeline website from Vietnamese news articles.",
        subcommands: [Build.self, Serve.self, Check.self, New.self, Extract.self],
        defaultSubcommand: Build.self
    )
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the articles, extract and merge their events, and write the site.",
        discussion: "The site is built in a staging folder and swapped into place only when complete, so a failed build leaves the previous output untouched."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .customLong("base-url"), help: "Path the site is served from, e.g. / or /timeline/.")
    var baseURL = "/"

    @Flag(help: "Exit with a failure when the build has warnings too, not only errors (for CI).")
    var strict = false

    @Flag(name: .shortAndLong, help: "Add the time spent in each template to the build report.")
    var verbose = false

    func run() throws {
        var configuration = site.configuration(baseURL: baseURL)
        let progress = ProgressLine()
        configuration.progress = { progress.update($0) }
        let builder = SiteBuilder(configuration: configuration)
        let summary = try exitingOnSitegenError {
            defer { progress.finish() }
            return try builder.build()
        }
        for diagnostic in summary.diagnostics {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
        print("sitegen: \(summary.upToDate ? "up to date" : "built") \(site.output)/: \(summary.line)")
        for line in BuildSummaryReport.lines(summary, verbose: verbose) { print(line) }
        // The site is written either way; the exit code tells CI whether input needs attention.
        if summary.errors > 0 || (strict && summary.warnings > 0) {
            FileHandle.standardError.write(Data("sitegen: \(summary.errors) errors, \(summary.warnings) warnings\(strict ? " (--strict)" : "")\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what is read from one article, as JSON: events, dates with their basis, sentences.",
        discussion: "Nothing is written; use it to see why an article produced the events it did."
    )

    @Argument(help: "The article file (.txt or .md).", completion: .file(extensions: ["txt", "md", "markdown"]))
    var file: String

    @Option(help: "Folder of domain data files.", completion: .directory)
    var data = "data"

    func run() throws {
        let json = try exitingOnSitegenError {
            try SingleArticle.extract(file: URL(fileURLWithPath: file).standardizedFileURL, data: URL(fileURLWithPath: data).standardizedFileURL)
        }
        FileHandle.standardOutput.write(json)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, per article and event, what extraction is unsure of; nothing is written.",
        discussion: """
        Reads, cleans, extracts and merges like a build and prints a table: no date, an inferred date and its basis, \
        no partner country, a person of unknown country or title, no co-chair, sources that disagree. A fact corrected \
        in the article's front matter shows as edited and counts as resolved.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: "Folder of articles (.txt or .md, optional YAML front matter).", completion: .directory)
    var content = "seeds"

    @Option(help: "Folder of domain data files.", completion: .directory)
    var data = "data"

    @Option(help: "Output format: table (aligned, for a terminal) or json.")
    var format: Format = .table

    @Flag(help: "Exit with a failure while anything is unresolved (for CI).")
    var strict = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        let check = try exitingOnSitegenError { try ArticleCheck.run(content: url(content), data: url(data)) }
        switch format {
        case .table: FileHandle.standardOutput.write(Data(check.table().utf8))
        case .json: FileHandle.standardOutput.write(try check.json() + Data("\n".utf8))
        }
        if check.fails(strict: strict) {
            FileHandle.standardError.write(Data("sitegen: \(check.unresolved) unresolved (--strict)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start an article: a file named from the title, with front matter and today's date.",
        discussion: "The file is <slug of the title>.md in the content folder; an existing file is never replaced."
    )

    @Argument(help: "The article's title, e.g. \"Đối thoại Chiến lược Việt Nam - Nhật Bản lần thứ 12\".")
    var title: String

    @Option(help: "Folder of articles the file is created in.", completion: .directory)
    var content = "seeds"

    func run() throws {
        let folder = URL(fileURLWithPath: content, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let file = try exitingOnSitegenError { try NewArticle.create(title: title, in: folder) }
        print(file.path)
    }
}
