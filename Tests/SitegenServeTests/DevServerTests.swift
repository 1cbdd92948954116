import Foundation
import SitegenCore
import Testing
@testable import SitegenServe

/// `sitegen serve` end to end, over real loopback sockets: the site served with the reload script,
/// a changed article rebuilt and signalled, a broken template shown while the last good site stays
/// up, and a clean stop. Every wait is bounded.
@Suite(.serialized, .timeLimit(.minutes(2))) struct DevServerTests {
    /// Upper bound for a rebuild to be seen, on a slow shared machine.
    static let bound: Duration = .seconds(30)

    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.lock(); stored.append(line); lock.unlock() }
        var lines: [String] { lock.lock(); defer { lock.unlock() }; return stored }
    }

    struct Running {
        let root: URL, content: URL, templates: URL, output: URL
        let server: DevServer
        let port: Int
        let log: Log
    }

    /// Seeds and the built-in theme copied into a temporary folder (the data files are only read),
    /// built and served on a free port.
    func start() async throws -> Running {
        let root = try ServeTestSupport.temporaryDirectory()
        let content = root.appendingPathComponent("content"), templates = root.appendingPathComponent("templates")
        let output = root.appendingPathComponent("public")
        try FileManager.default.copyItem(at: ServeTestSupport.seedsDir, to: content)
        try FileManager.default.copyItem(at: ServeTestSupport.templatesDir, to: templates)
        var options = DevServer.Options(site: .init(content: content, templates: templates, data: ServeTestSupport.dataDir, output: output),
                                        host: "127.0.0.1", port: 0)
        options.pollInterval = .milliseconds(100)
        options.longPoll = .seconds(5)
        let log = Log()
        let server = DevServer(options: options) { log.append($0) }
        let port = try await server.start()
        return Running(root: root, content: content, templates: templates, output: output, server: server, port: port, log: log)
    }

    func finish(_ running: Running) async {
        await running.server.stop()
        try? FileManager.default.removeItem(at: running.root)
    }

    func state(_ port: Int, since: Int? = nil) async throws -> ReloadState.Snapshot {
        let reply = try await HTTPProbe.get(port, ReloadScript.endpoint + (since.map { "?since=\($0)" } ?? ""))
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "application/json")
        return try JSONDecoder().decode(ReloadState.Snapshot.self, from: reply.body)
    }

    /// Long-polls the reload endpoint, as the page's script does, until `condition` holds.
    func waitForState(_ port: Int, since: Int, _ condition: (ReloadState.Snapshot) -> Bool) async throws -> ReloadState.Snapshot {
        let deadline = ContinuousClock.now + Self.bound
        var since = since
        while ContinuousClock.now < deadline {
            let snapshot = try await state(port, since: since)
            if condition(snapshot) { return snapshot }
            since = snapshot.generation
        }
        throw HTTPProbe.Failure(description: "no such reload state within \(Self.bound)")
    }

    @Test func servesTheSiteAndReloadsWhenAnArticleChanges() async throws {
        let site = try await start()
        defer { try? FileManager.default.removeItem(at: site.root) }

        let home = try await HTTPProbe.get(site.port, "/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 14"))
        #expect(home.text.contains(ReloadScript.tag(build: 1) + "\n</body>"), "the reload script is injected")
        let onDisk = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains("data-sitegen-serve"), "the built file has no script")
        #expect(home.text == ReloadScript.inject(into: onDisk, build: 1))
        let first = try await state(site.port)
        #expect(first.build == 1 && first.error == nil)
        #expect(try await HTTPProbe.get(site.port, ReloadScript.endpoint).text == #"{"build":1,"error":null,"generation":1}"#)

        // The article page of the London dialogue, found as a reader would.
        let articles = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("articles").path)
        let page = try #require(articles.first { id in
            ((try? String(contentsOf: site.output.appendingPathComponent("articles/\(id)/index.html"), encoding: .utf8)) ?? "").contains("Jeremy Browne")
        }.map { "/articles/\($0)/" })
        let before = try await HTTPProbe.get(site.port, page)
        #expect(before.status == 200 && !before.text.contains("serve-marker-7"))

        // The editor adds a paragraph and saves.
        let changed = ContinuousClock.now
        let file = site.content.appendingPathComponent("000_d21efb39b5ae3e16.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data((text + "\n\nHai bên nhất trí tiếp tục trao đổi (ghi chú serve-marker-7).\n").utf8).write(to: file)

        // An open page's script is waiting on the endpoint: it hears of build 2 …
        let second = try await waitForState(site.port, since: first.generation) { $0.build > 1 }
        #expect(second.build == 2 && second.error == nil)
        // … reloads, and gets the new text, with the new build number in its script.
        let after = try await HTTPProbe.get(site.port, page)
        #expect(after.text.contains("serve-marker-7"))
        #expect(after.text.contains("var build=2,"))
        #expect(ContinuousClock.now - changed < Self.bound)
        #expect(site.log.lines.contains { $0.contains("built (000_d21efb39b5ae3e16.txt changed)") }, "\(site.log.lines)")
        await site.server.stop()
    }

    @Test func servesFilesWithTheirTypesThe404PageAndNothingOutside() async throws {
        let site = try await start()
        defer { try? FileManager.default.removeItem(at: site.root) }

        for (path, type) in [("/style.css", "text/css; charset=utf-8"), ("/events.json", "application/json"),
                             ("/sitemap.xml", "application/xml; charset=utf-8"), ("/robots.txt", "text/plain; charset=utf-8"),
                             ("/countries/gb/", "text/html; charset=utf-8")] {
            let reply = try await HTTPProbe.get(site.port, path)
            #expect(reply.status == 200, "\(path)")
            #expect(reply.headers["content-type"] == type, "\(path)")
            #expect(reply.headers["cache-control"] == "no-store", "\(path)")
        }
        let css = try await HTTPProbe.get(site.port, "/style.css")
        #expect(css.body == (try Data(contentsOf: site.output.appendingPathComponent("style.css"))), "non-HTML files are sent as they are")

        let redirect = try await HTTPProbe.get(site.port, "/countries")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/countries/")

        let missing = try await HTTPProbe.get(site.port, "/no/such/page/")
        #expect(missing.status == 404)
        let notFoundPage = try String(contentsOf: site.output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(missing.text == ReloadScript.inject(into: notFoundPage, build: 1), "the site's own 404 page, with the script")

        let head = try await HTTPProbe.get(site.port, "/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(Int(head.headers["content-length"] ?? "") ?? 0 > 1000)
        let post = try await HTTPProbe.get(site.port, "/", method: "POST")
        #expect(post.status == 405)

        // Paths that try to leave the output folder, sent to the socket exactly as written.
        try ServeTestSupport.write("secret", to: site.root.appendingPathComponent("secret.txt"))
        for path in ["/../../etc/passwd", "/../secret.txt", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/secret.txt", "/..%2fsecret.txt",
                     "/countries/%2E%2E/%2E%2E/secret.txt", "/.sitegen-output"] {
            let reply = try await HTTPProbe.get(site.port, path)
            #expect(reply.status == 403 || reply.status == 404, "\(path) answered \(reply.status)")
            #expect(!reply.text.contains("root:") && !reply.text.contains("secret"), "\(path)")
        }
        await site.server.stop()
    }

    @Test func aBrokenTemplateShowsInThePageWhileTheLastGoodSiteIsServed() async throws {
        let site = try await start()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try await state(site.port)
        let template = site.templates.appendingPathComponent("index.mustache")
        let good = try Data(contentsOf: template)

        try ServeTestSupport.write("{{> header}}\n{{#events}}\n<p>unclosed section\n{{> footer}}\n", to: template)
        let broken = try await waitForState(site.port, since: first.generation) { $0.error != nil }
        #expect(broken.build == 1, "no new build")
        let message = try #require(broken.error)
        #expect(message.contains("the build failed"))
        #expect(message.contains("index.mustache"), "the error names the template: \(message)")
        #expect(site.log.lines.contains { $0.contains("build failed (index.mustache changed)") }, "\(site.log.lines)")
        #expect(site.log.lines.contains { $0.contains("error: ") && $0.contains("index.mustache") })

        let home = try await HTTPProbe.get(site.port, "/")
        #expect(home.status == 200)
        #expect(home.text.contains("Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Hoa Kỳ lần thứ 14"), "the last good site")
        #expect(home.text.contains("var build=1,"), "a page served now keeps polling and shows the banner")

        // The editor fixes the template: a new build, the error cleared.
        try good.write(to: template)
        let fixed = try await waitForState(site.port, since: broken.generation) { $0.error == nil }
        #expect(fixed.build == 2)
        #expect(try await HTTPProbe.get(site.port, "/").text.contains("var build=2,"))
        await site.server.stop()
    }

    @Test func stopsCleanly() async throws {
        let site = try await start()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try await state(site.port)
        // A page waiting on the endpoint when the server stops gets its answer at once.
        let waiting = Task { try await HTTPProbe.get(site.port, ReloadScript.endpoint + "?since=\(first.generation)") }
        try await Task.sleep(for: .milliseconds(300))
        let stopping = ContinuousClock.now
        await site.server.stop()
        let answer = try await waiting.value
        #expect(answer.status == 200)
        #expect(ContinuousClock.now - stopping < .seconds(10))
        #expect(!HTTPProbe.isListening(site.port), "the socket is closed")
        await site.server.stop()  // a second stop is harmless

        // Nothing of a build is left beside the output, and the site stays on disk.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("sitegen-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("index.html").path))
        // Files changed after the stop start no build.
        try ServeTestSupport.write("Bài mới.\n", to: site.content.appendingPathComponent("new.txt"))
        try await Task.sleep(for: .milliseconds(500))
        #expect(!site.log.lines.contains { $0.contains("new.txt") })
    }
}
