import Foundation
import Testing
@testable import SitegenCore

/// An incremental build must write exactly the bytes a clean build writes, whatever changed
/// between builds; and it must not redo work for what did not change.
@Suite(.serialized) struct IncrementalBuildTests {
    /// A project in a temporary folder: its own copy of the seeds, data and templates, so each
    /// test can change any of them.
    struct Project {
        let root: URL
        var content: URL { root.appendingPathComponent("content") }
        var data: URL { root.appendingPathComponent("data") }
        var templates: URL { root.appendingPathComponent("templates") }
        var output: URL { root.appendingPathComponent("public") }
        var cache: URL { root.appendingPathComponent(".sitegen-cache") }

        init() throws {
            root = try TestSupport.temporaryDirectory()
            let fm = FileManager.default
            try fm.copyItem(at: TestSupport.seedsDir, to: content)
            try fm.copyItem(at: TestSupport.dataDir, to: data)
            try fm.createDirectory(at: templates, withIntermediateDirectories: true)
        }

        func build(into output: URL? = nil, cache: URL? = nil, language: String = "vi") throws -> SiteBuilder.Summary {
            try SiteBuilder(configuration: .init(content: content, templates: templates, data: data, output: output ?? self.output,
                                                 render: .init(language: language), cache: cache ?? self.cache)).build()
        }

        /// What a clean build of the project as it is now writes: no previous output, an empty cache.
        func cleanBuild() throws -> URL {
            let folder = root.appendingPathComponent("clean-\(UUID().uuidString)")
            _ = try build(into: folder.appendingPathComponent("public"), cache: folder.appendingPathComponent("cache"))
            return folder.appendingPathComponent("public")
        }

        func edit(_ file: String, _ change: (String) -> String) throws {
            let url = content.appendingPathComponent(file)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    /// Same files, same bytes; names the first differences.
    static func expectIdentical(_ a: URL, _ b: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let left = files(in: a), right = files(in: b)
        #expect(left.count > 20, sourceLocation: sourceLocation)
        #expect(Set(left.keys) == Set(right.keys), "file lists differ: \(Set(left.keys).symmetricDifference(right.keys).sorted().prefix(5))",
                sourceLocation: sourceLocation)
        let differing = left.keys.filter { right[$0] != nil && right[$0] != left[$0] }.sorted()
        #expect(differing.isEmpty, "bytes differ: \(differing.prefix(5))", sourceLocation: sourceLocation)
    }

    static func inode(_ url: URL) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.systemFileNumber] as? Int
    }

    static let seed = "000_d21efb39b5ae3e16.txt"

    @Test func nothingChangedMeansNothingRewritten() throws {
        let project = try Project()
        defer { project.remove() }
        let first = try project.build()
        #expect(!first.upToDate && first.reusedArticles == 0 && first.keptFiles == 0)
        let page = project.output.appendingPathComponent("index.html")
        let before = Self.inode(page)
        let second = try project.build()
        #expect(second.upToDate)
        #expect(second.events == first.events && second.pages == first.pages && second.diagnostics == first.diagnostics)
        #expect(Self.inode(page) == before, "an up-to-date build must not touch the output")
        Self.expectIdentical(project.output, try project.cleanBuild())
    }

    @Test func oneChangedArticleGivesTheBytesOfACleanBuild() throws {
        let project = try Project()
        defer { project.remove() }
        let first = try project.build()
        let untouched = project.output.appendingPathComponent("articles").appendingPathComponent("001-3016b4915d3f1670/index.html")
        let untouchedInode = Self.inode(untouched)
        // A fact changes (the venue), so the article's events, its partner's pages and the home page change.
        try project.edit(Self.seed) { $0.replacingOccurrences(of: "thủ đô London", with: "thủ đô Edinburgh") }
        let second = try project.build()
        #expect(!second.upToDate)
        #expect(second.reusedArticles == first.articles - 1, "only the changed article is read again")
        #expect(second.keptFiles > 0 && second.keptFiles < second.files)
        #expect(Self.inode(untouched) == untouchedInode, "an unchanged page is kept, not written again")
        Self.expectIdentical(project.output, try project.cleanBuild())
        let event = try String(contentsOf: project.output.appendingPathComponent("events.json"), encoding: .utf8)
        #expect(event.contains("Edinburgh"))
    }

    @Test func addedRemovedAndRenamedArticlesGiveTheBytesOfACleanBuild() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        let fm = FileManager.default
        // A second file asking for an existing article's id shifts ids; one article goes away.
        try fm.copyItem(at: project.content.appendingPathComponent(Self.seed), to: project.content.appendingPathComponent("000 d21efb39b5ae3e16.md"))
        let others = try fm.contentsOfDirectory(atPath: project.content.path).sorted().filter { $0 != Self.seed && !$0.hasSuffix(".md") }
        try fm.removeItem(at: project.content.appendingPathComponent(others.last!))
        _ = try project.build()
        Self.expectIdentical(project.output, try project.cleanBuild())
    }

    @Test func templateDataAndOptionChangesGiveTheBytesOfACleanBuild() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        // A user template overriding the built-in footer changes every page.
        try "<footer>sửa đổi</footer>\n".write(to: project.templates.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let afterTemplate = try project.build()
        #expect(afterTemplate.keptFiles < afterTemplate.pages, "pages rendered with the old footer must not be kept")
        Self.expectIdentical(project.output, try project.cleanBuild())
        // A data file change invalidates every article's extraction.
        let topics = project.data.appendingPathComponent("topics.yaml")
        try (try String(contentsOf: topics, encoding: .utf8) + "\n# edited\n").write(to: topics, atomically: true, encoding: .utf8)
        let afterData = try project.build()
        #expect(afterData.reusedArticles == 0)
        Self.expectIdentical(project.output, try project.cleanBuild())
        // Another language into the same output: nothing of the Vietnamese site may be kept by mistake.
        let english = try project.build(language: "en")
        #expect(!english.upToDate)
        let cleanEnglish = project.root.appendingPathComponent("clean-en")
        _ = try project.build(into: cleanEnglish.appendingPathComponent("public"), cache: cleanEnglish.appendingPathComponent("cache"), language: "en")
        Self.expectIdentical(project.output, cleanEnglish.appendingPathComponent("public"))
    }

    /// After a template change the output is updated in place: the pages the template does not
    /// make keep their files, and only the pages whose bytes changed are written.
    @Test func aTemplateChangeRewritesOnlyThePagesItChanges() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        let fm = FileManager.default
        let people = try fm.contentsOfDirectory(atPath: project.output.appendingPathComponent("people").path).filter { !$0.hasPrefix(".") && $0 != "index.html" && $0 != "page" }
        let personPage = project.output.appendingPathComponent("people/\(try #require(people.sorted().first))/index.html")
        let eventsJSON = project.output.appendingPathComponent("events.json")
        let untouched = [project.output.appendingPathComponent("index.html"), eventsJSON]
        let inodes = untouched.map(Self.inode)
        let personInode = Self.inode(personPage)
        let builtIn = try String(contentsOf: TestSupport.templatesDir.appendingPathComponent("person.mustache"), encoding: .utf8)
        try builtIn.replacingOccurrences(of: "{{> footer}}", with: "<p>sửa đổi</p>\n{{> footer}}")
            .write(to: project.templates.appendingPathComponent("person.mustache"), atomically: true, encoding: .utf8)
        let changed = try project.build()
        #expect(!changed.upToDate && changed.reusedArticles == changed.articles)
        #expect(untouched.map(Self.inode) == inodes, "pages the template does not make keep their files")
        let personText = try String(contentsOf: personPage, encoding: .utf8)
        #expect(Self.inode(personPage) != personInode && personText.contains("sửa đổi"))
        #expect(changed.keptFiles > 0 && changed.keptFiles + people.count <= changed.files)
        #expect(!fm.fileExists(atPath: project.root.appendingPathComponent(".public.sitegen-new-\(ProcessInfo.processInfo.processIdentifier)").path),
                "the staging folder goes")
        Self.expectIdentical(project.output, try project.cleanBuild())
    }

    /// A site Pagefind indexed holds files the manifest does not list: the next build swaps in a
    /// whole new site instead of updating it in place, so no stale index is left behind.
    @Test func aSiteIndexedForSearchIsReplacedNotUpdated() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        let manifests = try FileManager.default.subpathsOfDirectory(atPath: project.cache.path).filter { $0.hasSuffix("pages.tsv") }
        let manifestURL = project.cache.appendingPathComponent(try #require(manifests.first))
        var manifest = try #require(PageManifest.read(manifestURL))
        manifest.record.searchIndexed = true
        try manifest.write(manifestURL)
        let index = project.output.appendingPathComponent("pagefind/pagefind.js")
        try FileManager.default.createDirectory(at: index.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "index".write(to: index, atomically: true, encoding: .utf8)
        try "<footer>sửa đổi</footer>\n".write(to: project.templates.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        _ = try project.build()
        #expect(!FileManager.default.fileExists(atPath: index.path), "the old search index goes with the old site")
        Self.expectIdentical(project.output, try project.cleanBuild())
    }

    @Test func anOutputReplacedBehindTheCachesBackIsNotTrusted() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        // Someone rebuilds the output without the cache from changed content; the manifest no longer describes it.
        try project.edit(Self.seed) { $0.replacingOccurrences(of: "thủ đô London", with: "thủ đô Edinburgh") }
        _ = try SiteBuilder(configuration: .init(content: project.content, templates: project.templates, data: project.data,
                                                 output: project.output)).build()
        try project.edit(Self.seed) { $0.replacingOccurrences(of: "thủ đô Edinburgh", with: "thủ đô London") }
        let rebuilt = try project.build()
        #expect(!rebuilt.upToDate && rebuilt.keptFiles == 0)
        Self.expectIdentical(project.output, try project.cleanBuild())
    }

    @Test func anUpdateInterruptedWhileFilesMovedIsRepairedByTheNextBuild() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        // What an interrupted commit leaves: the marker names no build, some files are half-updated.
        try Data(OutputWriter.markerText(buildID: nil).utf8).write(to: project.output.appendingPathComponent(OutputWriter.marker))
        try "stale".write(to: project.output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let repaired = try project.build()
        #expect(!repaired.upToDate && repaired.keptFiles == 0)
        Self.expectIdentical(project.output, try project.cleanBuild())
    }

    @Test func theCacheNeverGoesIntoTheContentTemplatesDataOrOutput() throws {
        let project = try Project()
        defer { project.remove() }
        for folder in [project.content, project.data, project.output, project.content.appendingPathComponent("sub")] {
            #expect(throws: SitegenError.self) { try project.build(cache: folder) }
        }
        #expect(!FileManager.default.fileExists(atPath: project.content.appendingPathComponent("sub").path))
    }

    @Test func fingerprintsSeeEveryValueAndNoKeyOrder() {
        let a: [String: Any] = ["title": "Đối thoại", "n": 14, "flag": true, "list": [["x": "1"], ["y": "2"]], "t": ["k": "v"]]
        let reordered: [String: Any] = ["list": [["x": "1"], ["y": "2"]], "flag": true, "n": 14, "title": "Đối thoại", "t": ["k": "other"]]
        #expect(ContextFingerprint.of(template: "event", context: a) == ContextFingerprint.of(template: "event", context: reordered))
        #expect(ContextFingerprint.of(template: "event", context: a) != ContextFingerprint.of(template: "country", context: a))
        let variants: [[String: Any]] = [
            a.merging(["n": 15]) { _, new in new },
            a.merging(["n": "14"]) { _, new in new },
            a.merging(["flag": false]) { _, new in new },
            a.merging(["list": [["y": "2"], ["x": "1"]]]) { _, new in new },
            a.merging(["list": [["x": "1"], ["y": "2", "z": ""]]]) { _, new in new },
            a.merging(["extra": "x"]) { _, new in new },
        ]
        let base = ContextFingerprint.of(template: "event", context: a)
        for variant in variants { #expect(ContextFingerprint.of(template: "event", context: variant) != base) }
        #expect(ContextFingerprint.of(template: "event", context: ["x": NSObject()]) == nil, "an unknown value means always render")
        // A list hashes alike whatever its static element type: typed lists take a faster path.
        let typed: [String: Any] = ["list": [["x": "1"], ["y": "2"]] as [[String: Any]], "words": ["a", "b"] as [String],
                                    "pairs": [["x": "1"]] as [[String: String]], "pair": ["x": "1"] as [String: String]]
        let untyped: [String: Any] = ["list": [["x": "1"] as Any, ["y": "2"] as Any] as [Any], "words": ["a" as Any, "b" as Any] as [Any],
                                      "pairs": [["x": "1" as Any] as [String: Any]] as [Any], "pair": ["x": "1" as Any] as [String: Any]]
        #expect(ContextFingerprint.of(template: "event", context: typed) == ContextFingerprint.of(template: "event", context: untyped))
    }
}
