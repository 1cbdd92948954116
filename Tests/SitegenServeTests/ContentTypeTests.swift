import Testing
@testable import SitegenServe

struct ContentTypeTests {
    @Test(arguments: [("index.html", "text/html; charset=utf-8"), ("style.css", "text/css; charset=utf-8"),
                      ("a/b.JS", "text/javascript; charset=utf-8"), ("events.json", "application/json"),
                      ("feed.xml", "application/xml; charset=utf-8"), ("robots.txt", "text/plain; charset=utf-8"),
                      ("logo.svg", "image/svg+xml"), ("shot.png", "image/png"), ("font.woff2", "font/woff2"),
                      ("pagefind/pagefind.wasm", "application/wasm"), ("pagefind/x.pf_fragment", "application/octet-stream"),
                      ("v1.0/README", "application/octet-stream")])
    func byExtension(path: String, type: String) {
        #expect(ContentType.forPath(path) == type)
    }
}
