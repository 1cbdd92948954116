import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SitegenCore

/// Builds the seeds into a temporary folder and inspects the site like a reader and a researcher would.
@Suite(.serialized) struct EndToEndTests {
    static let contractKinds: Set<String> = ["dialogue", "phone-call", "visit", "talks", "meeting", "signing", "relations", "anniversary", "summit", "conference"]
    static let contractTopics: Set<String> = ["defence", "security", "transnational-crime", "counter-terrorism", "cyber", "maritime", "nuclear", "war-legacy",
                                              "peacekeeping", "climate-energy", "economy", "regional", "defence-industry", "training", "migration"]

    func build(into output: URL, baseURL: String = "/", language: String = "vi", templates: URL = TestSupport.templatesDir) throws -> SiteBuilder.Summary {
        try SiteBuilder(configuration: .init(content: TestSupport.seedsDir, templates: templates, data: TestSupport.dataDir,
                                             output: output, render: .init(baseURL: baseURL, language: language))).build()
    }

    func read(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func buildsEveryPageKind() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("public")
        let summary = try build(into: out)
        #expect(summary.articles == 5)
        #expect(summary.events >= 5)
        #expect(summary.errors == 0)
        for path in ["index.html", "404.html", "events.json", "sitemap.xml", "style.css", "countries/index.html", "countries/gb/index.html",
                     "countries/us/index.html", "topics/index.html", "topics/defence/index.html", "series/index.html",
                     "series/vn-us-political-security-defence-dialogue/index.html", "articles/index.html",
                     "articles/002-bbfadb0087711f81/index.html", "events/index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "missing \(path)")
        }
        let home = try read(out, "index.html")
        #expect(home.contains("Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 14"))
        #expect(home.contains("<html lang=\"vi\">"))
        let series = try read(out, "series/vn-us-political-security-defence-dialogue/index.html")
        #expect(series.contains("Fleet White"))
        #expect(series.contains("Lần thứ 11"), "the sessions between 10 and 14 are shown as gaps")
    }

    @Test(arguments: [("/", "vi"), ("/timeline/", "vi"), ("/", "en"), ("/timeline/", "en")])
    func everyInternalLinkResolves(base: String, language: String) throws {
        do {
            let root = try TestSupport.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: root) }
            let out = root.appendingPathComponent("public")
            _ = try build(into: out, baseURL: base, language: language)
            let pages = FileManager.default.enumerator(atPath: out.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
            #expect(pages.count > 20)
            let link = Pattern(#"(?:href|src)="([^"]*)""#)
            var checked = 0
            for page in pages {
                let html = try read(out, page)
                for match in link.matches(in: html) {
                    guard var target = match[1], !target.hasPrefix("http"), !target.hasPrefix("#"), !target.hasPrefix("mailto:") else { continue }
                    #expect(target.hasPrefix(base), "\(page): link \(target) is outside the base path \(base)")
                    target = String(target.dropFirst(base.count))
                    if let hash = target.firstIndex(of: "#") {
                        let anchor = String(target[target.index(after: hash)...])
                        target = String(target[..<hash])
                        if !anchor.isEmpty {
                            let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
                            #expect(try read(out, file).contains("id=\"\(anchor)\""), "\(page): anchor #\(anchor) missing in \(file)")
                        }
                    }
                    let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
                    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(page): broken link \(match[1]!)")
                    checked += 1
                }
            }
            #expect(checked > 100)
        }
    }

    @Test func eventsJSONFollowsTheContract() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("public")
        _ = try build(into: out)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("events.json"))) as? [String: Any])
        #expect(json["schema"] as? String == "sitegen.events/1")
        let articles = try #require(json["articles"] as? [[String: Any]])
        let events = try #require(json["events"] as? [[String: Any]])
        var articleIDs = Set<String>()
        for a in articles {
            let id = try #require(a["id"] as? String)
            #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            #expect(articleIDs.insert(id).inserted, "duplicate article id \(id)")
            #expect(a["file"] is String)
            #expect(a["title"] is String)
            #expect(a["source"] is String || a["source"] is NSNull)
            #expect(a["published"] is String || a["published"] is NSNull)
            #expect(a["url"] as? String == "articles/\(id)/")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/\(id)/index.html").path))
        }
        let datePattern = ["year": Pattern(#"^\d{4}$"#), "month": Pattern(#"^\d{4}-\d{2}$"#), "day": Pattern(#"^\d{4}-\d{2}-\d{2}$"#)]
        var eventIDs = Set<String>()
        for e in events {
            let id = try #require(e["id"] as? String)
            #expect(eventIDs.insert(id).inserted, "duplicate event id \(id)")
            #expect(id.allSatisfy { $0.isASCII })
            #expect(!(e["title"] as? String ?? "").isEmpty)
            #expect(Self.contractKinds.contains(e["kind"] as? String ?? ""))
            #expect(["held", "planned"].contains(e["status"] as? String ?? ""))
            let date = try #require(e["date"] as? [String: Any])
            let precision = try #require(date["precision"] as? String)
            let pattern = try #require(datePattern[precision])
            #expect(pattern.contains(in: date["start"] as? String ?? ""), "date.start \(date["start"] ?? "") for precision \(precision)")
            if let end = date["end"] { #expect(end is String) }
            #expect(date["inferred"] is Bool)
            #expect(!(date["basis"] as? String ?? "").isEmpty)
            let countries = try #require(e["countries"] as? [String])
            #expect(countries.allSatisfy { $0.count == 2 && $0 == $0.uppercased() && $0 != "VN" })
            if let m = e["mechanism"] as? [String: Any] {
                #expect(m["id"] is String && m["name"] is String)
                #expect(m["session"] is Int || m["session"] is NSNull)
            } else { #expect(e["mechanism"] is NSNull) }
            if let l = e["location"] as? [String: Any] {
                #expect(l["city"] is String)
                #expect((l["country"] as? String)?.count == 2)
            } else { #expect(e["location"] is NSNull) }
            for p in try #require(e["participants"] as? [[String: Any]]) {
                #expect(p["name"] is String && p["title"] is String)
                #expect(p["country"] is String || p["country"] is NSNull)
                #expect(["co-chair", "participant"].contains(p["role"] as? String ?? ""))
            }
            #expect((e["topics"] as? [String])?.allSatisfy(Self.contractTopics.contains) == true)
            #expect(e["primary"] is Bool)
            let sources = try #require(e["sources"] as? [[String: Any]])
            #expect(!sources.isEmpty)
            for s in sources {
                #expect(articleIDs.contains(s["article"] as? String ?? ""))
                #expect(!(s["sentence"] as? String ?? "").isEmpty)
            }
            #expect(e["url"] as? String == "events/\(id)/")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("events/\(id)/index.html").path))
        }
    }

    @Test func outputIsDeterministic() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        _ = try build(into: a)
        _ = try build(into: b)
        let files = FileManager.default.enumerator(atPath: a.path)!.compactMap { $0 as? String }.sorted()
        for file in files {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: a.appendingPathComponent(file).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            #expect(try Data(contentsOf: a.appendingPathComponent(file)) == Data(contentsOf: b.appendingPathComponent(file)), "\(file) differs")
        }
    }

    @Test func failedBuildLeavesPreviousSiteIntact() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("public")
        _ = try build(into: out)
        let before = try read(out, "index.html")
        // A template with a syntax error stops the build before anything is written.
        let broken = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "{{#years}} unclosed".write(to: broken.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: SitegenError.self) { _ = try build(into: out, templates: broken) }
        do {
            _ = try build(into: out, templates: broken)
        } catch let error as SitegenError {
            #expect(error.description.contains("index.mustache"))
        }
        #expect(try read(out, "index.html") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("sitegen-new") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesToOverwriteFoldersItDidNotMake() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let mine = root.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try "giữ lại".write(to: mine.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
        #expect(throws: SitegenError.self) { _ = try build(into: mine) }
        #expect(try read(mine, "note.txt") == "giữ lại")
        #expect(throws: SitegenError.self) { _ = try build(into: TestSupport.seedsDir) }
    }

    @Test func extractCommandExplainsOneArticle() throws {
        let json = try SingleArticle.extract(file: TestSupport.seedsDir.appendingPathComponent("002_bbfadb0087711f81.txt"), data: TestSupport.dataDir)
        let report = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let events = try #require(report["events"] as? [[String: Any]])
        let primary = try #require(events.first { $0["primary"] as? Bool == true })
        #expect((primary["date"] as? [String: Any])?["start"] as? String == "2025-12-18")
        #expect(((primary["date"] as? [String: Any])?["basis"] as? String)?.contains("30 năm") == true)
        #expect((report["sentences"] as? [[String: Any]])?.first?["anchor"] as? String == "s1")
        #expect(throws: SitegenError.self) { _ = try SingleArticle.extract(file: URL(fileURLWithPath: "/nonexistent.txt"), data: TestSupport.dataDir) }
    }

    @Test func twoReportsOfOneSessionMergeAndShowTheirDisagreement() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let lead = "tại Tô-ki-ô, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ và Thứ trưởng Ngoại giao Nhật Bản Funakoshi Takehiro đồng chủ trì Đối thoại chiến lược Việt Nam - Nhật Bản lần thứ 10."
        try "---\ndate: 2024-06-20\n---\nĐối thoại chiến lược Việt - Nhật lần thứ 10\nNgày 19/6, \(lead)\n".write(to: content.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "---\ndate: 2024-06-22\n---\nViệt Nam và Nhật Bản đối thoại chiến lược\nNgày 20/6, \(lead)\n".write(to: content.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("site")
        let summary = try SiteBuilder(configuration: .init(content: content, templates: TestSupport.templatesDir, data: TestSupport.dataDir, output: out)).build()
        #expect(summary.articles == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("events.json"))) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]]).filter { $0["primary"] as? Bool == true }
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect((event["sources"] as? [Any])?.count == 2)
        #expect((event["location"] as? [String: Any])?["city"] as? String == "Tokyo")
        #expect((event["disagreements"] as? [[String: Any]])?.first?["value"] as? String == "2024-06-20")
        let page = try read(out, (event["url"] as! String) + "index.html")
        #expect(page.contains("Các nguồn không thống nhất"))
        #expect(page.contains("2024-06-20"))
    }

    @Test func feedsSitemapAndRobotsAreWellFormed() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("public")
        _ = try build(into: out, baseURL: "/timeline/")
        for path in ["feed.xml", "countries/gb/feed.xml", "topics/defence/feed.xml", "sitemap.xml"] {
            let data = try Data(contentsOf: out.appendingPathComponent(path))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
        }
        let feed = try read(out, "feed.xml")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.contains("<entry>"))
        #expect(feed.contains("href=\"/timeline/events/"))
        let gb = try read(out, "countries/gb/feed.xml")
        #expect(!gb.contains("Hoa Kỳ lần thứ"), "a country's feed holds only its events")
        #expect(try read(out, "robots.txt").hasPrefix("User-agent: *"))
        #expect(!(try read(out, "robots.txt")).contains("Sitemap:"), "a relative sitemap URL is not allowed in robots.txt")
        #expect(try read(out, "sitemap.xml").contains("<loc>/timeline/countries/gb/</loc>"))
    }

    @Test func personAndYearPages() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("public")
        _ = try build(into: out)
        let son = try read(out, "people/bui-thanh-son/index.html")
        #expect(son.contains("Thứ trưởng Ngoại giao"), "the title held in 2011")
        #expect(son.contains("Phó Thủ tướng, Bộ trưởng Ngoại giao"), "the title held in 2024")
        let year = try read(out, "years/2022/index.html")
        #expect(year.contains("Đối thoại Chính sách Quốc phòng Việt Nam - Anh lần thứ 4"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("people/index.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("years/index.html").path))
    }

    @Test func englishBuildReadsInEnglish() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("public")
        _ = try build(into: out, language: "en")
        let home = try read(out, "index.html")
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains("United Kingdom"))
        #expect(home.contains("Defence Policy Dialogue"))
        #expect(home.contains("18 December 2025"))
        #expect(!home.contains("Quốc gia đối tác"), "no Vietnamese chrome in the English build")
        let eventDir = try #require(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("events").path).first { $0.hasPrefix("2025-12-18") })
        let event = try read(out, "events/\(eventDir)/index.html")
        #expect(event.contains("Political, Security and Defence Dialogue, Việt Nam – United States, session 14"))
        #expect(event.contains("Deputy Foreign Minister"), "titles in English")
        #expect(event.contains("gives the day and month"), "the date's basis in English, quoting the article as written")
        let article = try read(out, "articles/002-bbfadb0087711f81/index.html")
        #expect(article.contains("Ngày 18/12, tại thủ đô Washington D.C."), "article text stays as written")
    }

    @Test func aUserTemplateReplacesTheBuiltInOneByName() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = root.appendingPathComponent("my-theme")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("static"), withIntermediateDirectories: true)
        try "<!doctype html><html lang=\"{{site.lang}}\"><title>x</title><p>Trang riêng của tòa soạn</p></html>\n"
            .write(to: theme.appendingPathComponent("404.mustache"), atomically: true, encoding: .utf8)
        try "body { color: black; }\n".write(to: theme.appendingPathComponent("static/extra.css"), atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("public")
        _ = try SiteBuilder(configuration: .init(content: TestSupport.seedsDir, templates: theme, data: TestSupport.dataDir, output: out)).build()
        #expect(try read(out, "404.html").contains("Trang riêng của tòa soạn"))
        #expect(try read(out, "index.html").contains("Đối thoại Chính trị - An ninh - Quốc phòng"), "other pages use the built-in theme")
        #expect(try read(out, "extra.css").contains("color: black"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("style.css").path))
    }

    /// The timeline entry is rendered once per event and reused, so an override of `event_item` must
    /// reach every list, and the entry must read only its own values, `site` and `t`.
    @Test func anOverriddenTimelineEntryShowsOnEveryListThatHasTheEvent() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = root.appendingPathComponent("my-theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try "<li class=\"mine\" data-base=\"{{site.base}}\" data-page=\"{{page.title}}\">{{date_iso}} {{title}} [{{#topics}}{{id}} {{/topics}}]</li>\n"
            .write(to: theme.appendingPathComponent("event_item.mustache"), atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("public")
        _ = try build(into: out, baseURL: "/timeline/", templates: theme)
        let entry = try #require(try read(out, "countries/us/index.html").split(separator: "\n").first { $0.contains("class=\"mine\"") && $0.contains("2025-12-18") })
        #expect(entry.contains("data-base=\"/timeline/\""), "site values are in scope")
        #expect(entry.contains("data-page=\"\""), "the page around the entry is not")
        #expect(entry.contains("defence"), "full entries list their topics")
        for page in ["index.html", "years/2025/index.html", "topics/defence/index.html"] {
            let lines = try read(out, page).split(separator: "\n").filter { $0.contains("class=\"mine\"") && $0.contains("2025-12-18") }
            #expect(lines.contains(entry), "the same entry on \(page)")
        }
        let events = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("events").path).filter { $0 != "index.html" }
        let related = try events.flatMap { try read(out, "events/\($0)/index.html").split(separator: "\n").filter { $0.contains("class=\"mine\"") } }
        #expect(!related.isEmpty, "related lists use the override too")
        #expect(related.allSatisfy { $0.hasSuffix("[]</li>") }, "related entries leave topics out")
    }

    /// Lists hold each event's summary, not only its rendered entry: a template may read its values
    /// directly (they are built again on demand, since the build does not keep them).
    @Test func listTemplatesCanReadSummaryValuesDirectly() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = root.appendingPathComponent("my-theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try "{{#years}}{{#events}}<p class=\"direct\">{{date_iso}} {{kind}} {{#countries}}{{code}} {{/countries}}{{#topics}}{{id}} {{/topics}}{{title}}</p>\n{{/events}}{{/years}}\n"
            .write(to: theme.appendingPathComponent("timeline.mustache"), atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("public")
        let summary = try build(into: out, templates: theme)
        let lines = try read(out, "countries/us/index.html").split(separator: "\n").filter { $0.contains("class=\"direct\"") }
        let entry = try #require(lines.first { $0.contains("2025-12-18") })
        #expect(entry.contains(" US ") && entry.contains("defence"), "\(entry)")
        #expect(!entry.contains("{{") && !entry.contains("<li"), "values, not the rendered entry")
        // events.json was written straight into the output as it was made, and nothing else was left.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("events.json"))) as? [String: Any]
        #expect((json?["events"] as? [Any])?.count == summary.events)
        #expect(!TestSupport.files(under: out).contains { $0.contains("partial") })
    }

    /// With Pagefind installed the site gets a search index and page; without it, neither, and no link to them.
    @Test func searchIndexWhenPagefindIsInstalled() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("public")
        _ = try SiteBuilder(configuration: .init(content: TestSupport.seedsDir, templates: TestSupport.templatesDir, data: TestSupport.dataDir,
                                                 output: out, search: true)).build()
        let installed = SearchIndexer.locate() != nil
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("pagefind/pagefind-ui.js").path) == installed)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("search/index.html").path) == installed)
        #expect(try read(out, "index.html").contains("search/") == installed)
        if installed {
            #expect(try read(out, Paths.file(Paths.event(try #require(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("events").path).filter { $0 != "index.html" }.first))))
                .contains("data-pagefind-filter=\"country:"))
        }
    }

    /// Text from articles and front matter reaches every output escaped: no markup, script or
    /// javascript: URL gets through, and ids cannot climb out of the output folder.
    @Test func hostileInputIsEscapedEverywhere() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let evil = "<script>alert(1)</script>\"'&amp;<img src=x onerror=alert(2)>"
        try """
        ---
        title: "Đối thoại chiến lược Việt Nam - Anh \(evil.replacingOccurrences(of: "\"", with: "\\\""))"
        id: ../../etc/passwd
        source: "TTXVN\(evil.replacingOccurrences(of: "\"", with: "\\\""))"
        date: 2024-12-21
        ---
        Ngày 20/12, tại London, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ và Quốc vụ khanh Bộ Ngoại giao Anh John Smith\(evil) đồng chủ trì Đối thoại chiến lược Việt Nam - Anh lần thứ 9 \(evil).

        Xem [liên kết](javascript:alert(3)) và <iframe src="https://example.org"></iframe> trong bài.
        """.write(to: content.appendingPathComponent("evil.md"), atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("site")
        let summary = try SiteBuilder(configuration: .init(content: content, templates: TestSupport.templatesDir, data: TestSupport.dataDir,
                                                           output: out, render: .init(siteURL: "https://example.org"))).build()
        #expect(summary.articles == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("etc").path))
        let files = FileManager.default.enumerator(atPath: out.path)!.compactMap { $0 as? String }
        #expect(files.allSatisfy { !$0.contains("..") })
        for file in files where file.hasSuffix(".html") || file.hasSuffix(".xml") || file.hasSuffix(".json") {
            let text = try read(out, file)
            #expect(!text.contains("<script>alert"), "\(file) lets a script through")
            #expect(!text.contains("<img src=x"), "\(file) lets markup through")
            #expect(!text.contains("<iframe"), "\(file) lets raw HTML through")
            #expect(!text.contains("href=\"javascript:"), "\(file) links to javascript:")
        }
        for file in files where file.hasSuffix(".xml") {
            let parser = XMLParser(data: try Data(contentsOf: out.appendingPathComponent(file)))
            #expect(parser.parse(), "\(file) is not well-formed XML")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("events.json"))) as? [String: Any]
        let article = try #require((json?["articles"] as? [[String: Any]])?.first)
        #expect((article["title"] as? String)?.contains("<script>") == true, "events.json keeps the text as written; JSON encoding makes it safe")
        #expect((article["id"] as? String)?.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } == true)
    }

    /// A long timeline shows its newest years and moves older ones to pages of their own, so no
    /// page grows with the whole corpus.
    @Test func longIndexesContinueOnNumberedPages() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = SiteRenderer.Options()
        options.listPageSize = 2
        let summary = try SiteBuilder(configuration: .init(content: TestSupport.seedsDir, templates: TestSupport.templatesDir,
                                                           data: TestSupport.dataDir, output: root, render: options)).build()
        // 5 articles, 2 to a page: articles/, articles/page/2/, articles/page/3/.
        let first = try read(root, "articles/index.html")
        let second = try read(root, "articles/page/2/index.html")
        let last = try read(root, "articles/page/3/index.html")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("articles/page/4").path))
        #expect(first.contains("href=\"/articles/page/2/\"") && !first.contains("rel=\"prev\""))
        #expect(second.contains("href=\"/articles/\"") && second.contains("href=\"/articles/page/3/\""))
        #expect(last.contains("rel=\"prev\"") && !last.contains("rel=\"next\""))
        #expect(second.contains("Trang 2/3"))
        // Every article is listed exactly once across the pages.
        let listed = [first, second, last].joined().components(separatedBy: "class=\"index-list__label\"").count - 1
        #expect(listed == summary.articles)
        let events = try read(root, "events/index.html")
        #expect(events.contains("Trang 1/\((summary.events + 1) / 2)"))
        #expect(try read(root, "sitemap.xml").contains("articles/page/3/"))
    }

    @Test func longTimelinesMoveOlderYearsToTheirOwnPages() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("public")
        var options = SiteRenderer.Options()
        options.timelineLimit = 3
        _ = try SiteBuilder(configuration: .init(content: TestSupport.seedsDir, templates: TestSupport.templatesDir, data: TestSupport.dataDir,
                                                 output: out, render: options)).build()
        let home = try read(out, "index.html")
        #expect(home.contains("href=\"/years/1973/\""), "older years are links")
        #expect(!home.contains("Thiết lập quan hệ ngoại giao Việt Nam - Anh"), "the 1973 event is not on the home page")
        let gb = try read(out, "countries/gb/index.html")
        #expect(gb.contains("href=\"/countries/gb/years/2011/\""))
        let gb2011 = try read(out, "countries/gb/years/2011/index.html")
        #expect(gb2011.contains("Đối thoại chiến lược Việt Nam - Anh lần thứ 1"))
        #expect(!gb2011.contains("Hoa Kỳ lần thứ"), "a country's year page holds only that country")
        // Bùi Thanh Sơn took part in events of 2011, 2019 and 2024: with room for 2, his page keeps the newest years.
        options.timelineLimit = 2
        _ = try SiteBuilder(configuration: .init(content: TestSupport.seedsDir, templates: TestSupport.templatesDir, data: TestSupport.dataDir,
                                                 output: out, render: options)).build()
        let person = try read(out, "people/bui-thanh-son/index.html")
        #expect(person.contains("href=\"/people/bui-thanh-son/years/2011/\""))
        #expect(try read(out, "people/bui-thanh-son/years/2011/index.html").contains("Đối thoại chiến lược Việt Nam - Anh lần thứ 1"))
    }
}
