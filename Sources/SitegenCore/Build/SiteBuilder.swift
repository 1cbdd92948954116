import Foundation

/// The build, as one straight list of stages: load → clean → extract → merge → render → write.
/// Each stage is timed for the summary.
public struct SiteBuilder: Sendable {
    public struct Configuration: Sendable {
        public var content: URL
        public var templates: URL
        public var data: URL
        public var output: URL
        public var render: SiteRenderer.Options
        /// Index the site with Pagefind when it is installed.
        public var search: Bool
        /// Articles larger than this are reported and skipped; nil reads every file.
        public var maxFileBytes: Int?

        public init(content: URL, templates: URL, data: URL, output: URL, render: SiteRenderer.Options = .init(), search: Bool = false,
                    maxFileBytes: Int? = ContentLoader.defaultMaxFileBytes) {
            self.search = search
            self.maxFileBytes = maxFileBytes
            self.content = content
            self.templates = templates
            self.data = data
            self.output = output
            self.render = render
        }
    }

    public struct Summary: Sendable {
        public var articles: Int
        public var events: Int
        public var pages: Int
        public var files: Int
        public var diagnostics: [Diagnostic]
        public var stageSeconds: [(stage: String, seconds: Double)]
        public var seconds: Double

        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }

        public var line: String {
            String(format: "%d articles, %d events, %d pages (%d files) in %.2f s; %d warnings, %d errors",
                   articles, events, pages, files, seconds, warnings, errors)
        }
    }

    public let configuration: Configuration

    public init(configuration: Configuration) { self.configuration = configuration }

    public func build() throws -> Summary {
        let started = Date()
        var timings: [(String, Double)] = []
        func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let t0 = Date()
            defer { timings.append((name, Date().timeIntervalSince(t0))) }
            return try body()
        }
        let c = configuration
        let writer = OutputWriter(output: c.output, protected: [c.content, c.templates, c.data])
        try writer.validate()
        let knowledge = try stage("data") { try Knowledge.load(from: c.data) }
        let templates = try stage("templates") { try TemplateSet(directory: c.templates) }
        let translations = try Translations.load(from: c.data, language: c.render.language)
        let basisWording = try PhraseWording.load("basis", from: c.data, language: c.render.language)
        let titleWording = try PhraseWording.load("titles", from: c.data, language: c.render.language)

        let loaded = try stage("load") { try ContentLoader(source: DiskContentSource(root: c.content), maxFileBytes: c.maxFileBytes).load() }
        let cleaner = Cleaner(rules: knowledge.cleaning)
        let cleaned = stage("clean") { ParallelMap.map(loaded.documents) { cleaner.clean($0) } }
        let extractor = Extractor(knowledge: knowledge)
        let extracted = stage("extract") { ParallelMap.map(Self.uniqueIDs(cleaned)) { extractor.extract($0) } }
        let timeline = stage("merge") { Merger.merge(extracted) }
        let pagefind = c.search ? SearchIndexer.locate() : nil
        var renderOptions = c.render
        renderOptions.search = pagefind != nil
        let renderer = SiteRenderer(templates: templates, knowledge: knowledge, translations: translations,
                                    basisWording: basisWording, titleWording: titleWording, options: renderOptions)
        // Pages go to the staging folder batch by batch as they render; the site is swapped in only whole.
        let staging = try writer.begin()
        let written: (pages: Int, files: Int)
        do {
            written = try stage("render+write") { try renderer.render(timeline) { try staging.write($0) } }
        } catch {
            staging.abandon()
            throw error
        }
        var searchDiagnostics: [Diagnostic] = []
        try stage("publish") {
            try writer.commit(staging) { folder in
                if let pagefind, let problem = SearchIndexer.index(site: folder, pagefind: pagefind) { searchDiagnostics.append(problem) }
            }
        }

        let diagnostics = loaded.diagnostics + extracted.flatMap(\.diagnostics) + searchDiagnostics
        return Summary(articles: timeline.articles.count, events: timeline.events.count,
                       pages: written.pages, files: written.files,
                       diagnostics: diagnostics, stageSeconds: timings, seconds: Date().timeIntervalSince(started))
    }

    /// Two files whose names slug alike ("Bài 1.txt", "bai-1.md") get distinct ids, in path order.
    static func uniqueIDs(_ articles: [CleanArticle]) -> [CleanArticle] {
        var used: [String: Int] = [:]
        return articles.map { article in
            var copy = article
            let n = used[article.id, default: 0]
            used[article.id] = n + 1
            if n > 0 { copy.id = "\(article.id)-\(n + 1)" }
            return copy
        }
    }
}
