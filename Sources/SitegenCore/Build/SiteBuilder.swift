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
        /// Folder of the incremental-build cache; nil builds everything and keeps nothing.
        public var cache: URL?
        /// Told what the build is doing as it goes: each stage as it starts, pages as they render.
        public var progress: (@Sendable (BuildProgress) -> Void)?
        /// Articles larger than this are reported and skipped; nil reads every file.
        public var maxFileBytes: Int?

        public init(content: URL, templates: URL, data: URL, output: URL, render: SiteRenderer.Options = .init(), search: Bool = false,
                    cache: URL? = nil, maxFileBytes: Int? = ContentLoader.defaultMaxFileBytes) {
            self.search = search
            self.cache = cache
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
        /// Articles whose results came from the cache rather than being cleaned and extracted again.
        public var reusedArticles = 0
        /// Files kept from the previous build because their bytes could not have changed.
        public var keptFiles = 0
        /// Nothing changed since the previous build, so nothing was rendered or written.
        public var upToDate = false
        /// Events by kind ("dialogue", "visit" …) and HTML pages by the template that made them.
        public var eventsByKind: [String: Int] = [:]
        public var pagesByKind: [String: Int] = [:]
        /// Seconds spent in each template, summed over the render workers; empty when nothing rendered.
        public var templateSeconds: [String: Double] = [:]
        /// Peak resident memory (MiB) of the process at the end of each stage, where the system tells it.
        public var peakMemory: [(stage: String, mebibytes: Int)] = []
        /// Processor seconds (all cores) spent in each stage.
        public var stageCPUSeconds: [(stage: String, seconds: Double)] = []

        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }

        public var line: String {
            var text = String(format: "%d articles, %d events, %d pages (%d files) in %.2f s; %d warnings, %d errors",
                              articles, events, pages, files, seconds, warnings, errors)
            if !upToDate, reusedArticles > 0 || keptFiles > 0 {
                text += "; \(reusedArticles) articles from the cache, \(keptFiles) files unchanged"
            }
            return text
        }
    }

    public let configuration: Configuration

    /// The cache folder used when none is given: hidden, beside the output folder.
    public static func defaultCache(for output: URL) -> URL { BuildCache.defaultRoot(for: output) }

    public init(configuration: Configuration) { self.configuration = configuration }

    public func build() throws -> Summary {
        let started = Date()
        let clock = StageClock()
        let progress = configuration.progress
        clock.onStart = { stage in progress?(BuildProgress(stage: stage)) }
        func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T { try clock.run(name, body) }
        let c = configuration
        let writer = OutputWriter(output: c.output, protected: [c.content, c.templates, c.data])
        try writer.validate()
        let knowledge = try stage("data") { try Knowledge.load(from: c.data) }
        let templates = try stage("templates") { try TemplateSet(directory: c.templates) }
        let translations = try Translations.load(from: c.data, language: c.render.language)
        let basisWording = try PhraseWording.load("basis", from: c.data, language: c.render.language)
        let titleWording = try PhraseWording.load("titles", from: c.data, language: c.render.language)
        let pagefind = c.search ? SearchIndexer.locate() : nil
        var renderOptions = c.render
        renderOptions.search = pagefind != nil

        let prints = c.cache.map { _ in stage("fingerprint") { BuildPrints(configuration: c, options: renderOptions) } }
        let cache = c.cache.flatMap { root in prints.map { BuildCache(root: root, output: c.output, extractionPrint: $0.extraction) } }
        if let root = c.cache?.standardizedFileURL.path {
            // The cache is sitegen's own scratch space: never inside what the user wrote, nor the site.
            for folder in [c.content, c.templates, c.data, c.output].map(\.standardizedFileURL.path)
            where root == folder || root.hasPrefix(folder + "/") || folder.hasPrefix(root + "/") {
                throw SitegenError.output(path: root, message: "refusing to keep the build cache here: it would mix with \(folder)")
            }
        }
        try cache?.prepare()

        var files = try stage("load") { try ContentLoader(source: DiskContentSource(root: c.content), maxFileBytes: c.maxFileBytes).readAll() }
        let keys: [String?] = cache.map { cache in ParallelMap.map(files) { cache.articles.key(for: $0) } } ?? files.map { _ in nil }
        let manifest = cache.flatMap { PageManifest.read($0.manifestURL) }
        if let prints, let manifest, let summary = upToDate(manifest, keys: keys, renderPrint: prints.render, writer: writer)?.record {
            var upToDate = Summary(articles: summary.articles, events: summary.events, pages: summary.pages, files: summary.files,
                           diagnostics: summary.diagnostics, stageSeconds: clock.timings, seconds: Date().timeIntervalSince(started),
                           reusedArticles: files.count, keptFiles: summary.files, upToDate: true,
                           eventsByKind: summary.eventsByKind, pagesByKind: summary.pagesByKind)
            upToDate.peakMemory = clock.peakMemory
            upToDate.stageCPUSeconds = clock.cpuSeconds
            return upToDate
        }

        let known: [ArticleCacheEntry?] = stage("cache") {
            guard let cache else { return files.map { _ in nil } }
            return cache.articles.read(keys)
        }
        var resolved = resolveArticles(files: &files, known: consume known, keys: keys, knowledge: knowledge, cache: cache, clock: clock)
        BackgroundRelease.release(consume files)
        let timeline = stage("merge") { Merger.merge(resolved.articles) }
        // The timeline's articles replace them; each held its own copy of every event it reported.
        let extracted = resolved.articles
        resolved.articles = []
        BackgroundRelease.release(consume extracted)
        let renderer = SiteRenderer(templates: templates, knowledge: knowledge, translations: translations,
                                    basisWording: basisWording, titleWording: titleWording, options: renderOptions)
        // The previous output, when it still holds what the manifest lists, is updated in place even
        // when the templates, data, program or options changed: a page then is rendered anyway and
        // kept if its bytes came out the same. Swapping in a whole new site meant deleting the old
        // one, which took longer than rendering it (12 s for 40,000 pages on this machine's disk).
        let reuse = prints.map { prints in
            let ours = manifest?.describes(writer) ?? false
            return PageReuse(previousOutput: ours ? c.output : nil, previous: manifest?.entries ?? [:],
                             fingerprintsComparable: manifest?.renderedLikeThis(prints.render) ?? false)
        }
        // Pages go to the staging folder batch by batch as they render; the site is swapped in only
        // whole, or, when the previous build's output can be trusted, only the changed files move in.
        // (Pagefind indexes a whole folder, so a build with search always stages the whole site, and
        // the build after one does too, to leave no index behind that the manifest does not list.)
        let inPlace = reuse?.previousOutput != nil && pagefind == nil && manifest?.record.searchIndexed != true
        let staging = try writer.begin(update: inPlace)
        let written: RenderReport
        do {
            written = try stage("render+write") {
                try renderer.render(timeline, reuse: reuse, scratch: staging.folder, progress: { done, total in
                    progress?(BuildProgress(stage: "render+write", done: done, total: total))
                }) { try staging.write($0) }
            }
        } catch {
            staging.abandon()
            throw error
        }
        let diagnostics = resolved.diagnostics
        var newManifest: PageManifest?
        if let prints, let reuse {
            let record = PageManifest.Record(renderFingerprint: prints.render.description, inputs: resolved.inputs.description,
                                             articles: timeline.articles.count, events: timeline.events.count, pages: written.pages,
                                             files: written.files, diagnostics: diagnostics, eventsByKind: Self.eventsByKind(timeline),
                                             pagesByKind: written.pagesByKind, searchIndexed: pagefind != nil)
            newManifest = PageManifest(record: record, entries: reuse.pages)
        }
        var searchDiagnostics: [Diagnostic] = []
        try stage("publish") {
            if inPlace, let reuse, let newManifest {
                try writer.commitUpdate(staging, removing: reuse.removedPaths, buildID: newManifest.buildID)
            } else {
                try writer.commit(staging, buildID: newManifest?.buildID) { folder in
                    if let pagefind, let problem = SearchIndexer.index(site: folder, pagefind: pagefind) { searchDiagnostics.append(problem) }
                }
            }
            if let cache, var newManifest {
                newManifest.record.diagnostics += searchDiagnostics
                try newManifest.write(cache.manifestURL)
                cache.articles.prune(keeping: Set(keys.compactMap { $0 }))
            }
        }
        var built = Summary(articles: timeline.articles.count, events: timeline.events.count,
                       pages: written.pages, files: written.files,
                       diagnostics: diagnostics + searchDiagnostics, stageSeconds: clock.timings, seconds: Date().timeIntervalSince(started),
                       reusedArticles: resolved.reused, keptFiles: reuse?.keptCount ?? 0,
                       eventsByKind: Self.eventsByKind(timeline), pagesByKind: written.pagesByKind, templateSeconds: written.templateSeconds)
        built.peakMemory = clock.peakMemory
        built.stageCPUSeconds = clock.cpuSeconds
        BackgroundRelease.release(consume timeline)
        return built
    }

    static func eventsByKind(_ timeline: Timeline) -> [String: Int] {
        var counts: [String: Int] = [:]
        for event in timeline.events { counts[event.kind, default: 0] += 1 }
        return counts
    }

    /// The previous build's summary when neither any content file nor anything else it depended on
    /// changed and its output is still in place: then the output is already what this build would write.
    /// The same keys in the same order mean the same files with the same bytes, hence the same ids
    /// and the same results; a file that could not be read is never taken as unchanged.
    private func upToDate(_ manifest: PageManifest, keys: [String?], renderPrint: ContentHash, writer: OutputWriter) -> PageManifest? {
        guard keys.allSatisfy({ $0 != nil }), Self.inputsPrint(keys: keys).description == manifest.record.inputs,
              manifest.describes(writer, renderedWith: renderPrint) else { return nil }
        return manifest
    }

    struct ResolvedArticles {
        var articles: [ExtractedArticle]
        var diagnostics: [Diagnostic]
        var inputs: ContentHash
        var reused: Int
    }

    /// Load (decode), clean and extract every content file the cache does not already know, then
    /// give every article its final id; results stay in path order.
    /// Files are decoded and cleaned a slice at a time, and a file's bytes are let go (emptied in
    /// `files`) once it is cleaned: a large corpus then never holds its raw bytes, their decoded text
    /// and the cleaned articles all at once (at 100,000 articles the clean stage peaked at 2.2 GB
    /// that way, and at 1.1 GB this way).
    /// `known` is taken over: the cache's entries are let go with the articles made from them.
    private func resolveArticles(files: inout [RawFile], known: consuming [ArticleCacheEntry?], keys: [String?], knowledge: Knowledge,
                                 cache: BuildCache?, clock: StageClock) -> ResolvedArticles {
        let cleaner = Cleaner(rules: knowledge.cleaning)
        let fileCount = files.count
        var entries = consume known
        var cleaned: [Int: CleanArticle] = [:]
        var loadDiagnostics: [Int: [Diagnostic]] = [:]
        func decodeAndClean(_ indices: [Int], _ files: inout [RawFile]) {
            for start in stride(from: 0, to: indices.count, by: Self.cleanSlice) {
                let slice = Array(indices[start..<min(indices.count, start + Self.cleanSlice)])
                let raw = slice.map { files[$0] }
                for i in slice { files[i].contents = .success(Data()) }
                let decoded = clock.run("load") { ParallelMap.map(raw, ContentLoader.decode) }
                let results = clock.run("clean") { ParallelMap.map(decoded) { $0.document.map(cleaner.clean) } }
                for (k, i) in slice.enumerated() {
                    loadDiagnostics[i] = decoded[k].diagnostics
                    cleaned[i] = results[k]
                }
            }
        }
        let misses = entries.indices.filter { entries[$0] == nil }
        decodeAndClean(misses, &files)
        var natural: [String?] = entries.map { $0?.naturalID }
        for i in misses { natural[i] = cleaned[i]?.id }
        let ids = Self.uniqueIDs(natural)
        // An article whose final id changed (another file now asks for the same one) is read again.
        let renamed = entries.indices.filter { entries[$0] != nil && entries[$0]?.finalID != ids[$0] }
        decodeAndClean(renamed, &files)

        let pending = (misses + renamed).sorted()
        let extractor = Extractor(knowledge: knowledge)
        let articlesToExtract = cleaned
        let extracted = clock.run("extract") {
            ParallelMap.map(pending) { i -> ExtractedArticle? in
                guard var article = articlesToExtract[i], let id = ids[i] else { return nil }
                article.id = id
                return extractor.extract(article)
            }
        }
        for (k, i) in pending.enumerated() {
            entries[i] = ArticleCacheEntry(naturalID: natural[i], finalID: ids[i], loadDiagnostics: loadDiagnostics[i] ?? [],
                                           extracted: extracted[k])
        }
        if let cache {
            let fresh = entries
            clock.run("cache") {
                cache.articles.write(pending.compactMap { i in keys[i].flatMap { key in fresh[i].map { (key, $0) } } },
                                     keeping: Set(keys.compactMap { $0 }))
            }
        }
        return ResolvedArticles(articles: entries.compactMap { $0?.extracted },
                                diagnostics: entries.flatMap { ($0?.loadDiagnostics ?? []) + ($0?.extracted?.diagnostics ?? []) },
                                inputs: Self.inputsPrint(keys: keys), reused: fileCount - pending.count)
    }

    static let cleanSlice = 2048

    /// Cache keys of all content files (each made of the file's path and bytes), in path order:
    /// what the whole site depends on besides the build-wide fingerprint.
    static func inputsPrint(keys: [String?]) -> ContentHash {
        var hash = ContentHash()
        for key in keys { hash.combine(key ?? "-") }
        return hash
    }

    /// Two files whose names slug alike ("Bài 1.txt", "bai-1.md") get distinct ids, in path order;
    /// nil stands for a file that could not be read.
    static func uniqueIDs(_ ids: [String?]) -> [String?] {
        var used: [String: Int] = [:]
        return ids.map { id in
            guard let id else { return nil }
            let n = used[id, default: 0]
            used[id] = n + 1
            return n > 0 ? "\(id)-\(n + 1)" : id
        }
    }

    static func uniqueIDs(_ articles: [CleanArticle]) -> [CleanArticle] {
        zip(articles, uniqueIDs(articles.map { Optional($0.id) })).map { article, id in
            var copy = article
            copy.id = id ?? article.id
            return copy
        }
    }
}
