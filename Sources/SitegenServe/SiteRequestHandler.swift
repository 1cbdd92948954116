import FlyingFox
import Foundation

/// Answers the browser: the reload endpoint, and files from the output folder with the reload script
/// added to HTML, the site's own 404 page for anything missing, and no way out of the folder.
struct SiteRequestHandler: HTTPHandler {
    let resolver: SiteFileResolver
    let state: ReloadState
    /// How long the reload endpoint holds a request that waits for a change.
    let longPoll: Duration

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "Only GET and HEAD are served.\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let path = request.target.path()
        if path == ReloadScript.endpoint {
            return try await reloadState(since: request.query.first { $0.name == "since" }.flatMap { Int($0.value) })
        }
        let response: HTTPResponse
        switch resolver.resolve(path) {
        case .file(let url):
            response = try await file(url, status: .ok)
        case .redirect(let location):
            response = HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location, .cacheControl: "no-store"]))
        case .notFound:
            response = try await notFound()
        case .forbidden:
            response = Self.text(.forbidden, "Forbidden path.\n")
        }
        return request.method == .HEAD ? Self.withoutBody(response) : response
    }

    private static let json: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    private func reloadState(since: Int?) async throws -> HTTPResponse {
        let snapshot: ReloadState.Snapshot
        if let since { snapshot = await state.wait(since: since, timeout: longPoll) } else { snapshot = await state.snapshot }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                            body: try Self.json.encode(snapshot))
    }

    private func file(_ url: URL, status: HTTPStatusCode) async throws -> HTTPResponse {
        // Read whole: the site's pages are small, and the folder may be swapped by a build at any moment.
        guard var data = try? Data(contentsOf: url) else { return Self.text(.notFound, "Not found.\n") }
        let type = ContentType.forPath(url.path)
        if ContentType.isHTML(url.path) {
            data = ReloadScript.inject(into: data, build: await state.snapshot.build)
        }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
    }

    /// The site's 404.html (with the reload script, so a page that appears later reloads in), or a
    /// bare page when the site has none yet (a first build that failed).
    private func notFound() async throws -> HTTPResponse {
        if case .file(let page) = resolver.resolve("/404.html") { return try await file(page, status: .notFound) }
        let html = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head><body><p>Not found (sitegen serve: no site built yet or no such page).</p></body></html>\n"
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: ContentType.forPath("404.html"), .cacheControl: "no-store"],
                            body: Data(ReloadScript.inject(into: html, build: await state.snapshot.build).utf8))
    }

    private static func text(_ status: HTTPStatusCode, _ message: String, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers = HTTPHeaders([.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"])
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(message.utf8))
    }

    private static func withoutBody(_ response: HTTPResponse) -> HTTPResponse {
        guard case .httpBody(let body) = response.payload else { return response }
        var headers = response.headers
        headers[.contentLength] = String(body.count ?? 0)
        return HTTPResponse(version: response.version, statusCode: response.statusCode, headers: headers, body: Data())
    }
}
