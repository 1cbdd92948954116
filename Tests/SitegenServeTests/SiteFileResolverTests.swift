import Foundation
import Testing
@testable import SitegenServe

/// Request path → file: index.html for folders, redirects for a folder without its slash, nothing
/// hidden, and no spelling of `..` (plain, encoded, mixed) or symbolic link that leaves the folder.
struct SiteFileResolverTests {
    let root: URL
    let resolver: SiteFileResolver

    init() throws {
        root = try ServeTestSupport.temporaryDirectory().appendingPathComponent("public")
        for path in ["index.html", "countries/index.html", "countries/gb/index.html", "style.css", ".sitegen-output", "a b/c.txt"] {
            try ServeTestSupport.write("x", to: root.appendingPathComponent(path))
        }
        try ServeTestSupport.write("secret", to: root.deletingLastPathComponent().appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("outside").path, withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("up.txt").path, withDestinationPath: "../secret.txt")
        resolver = SiteFileResolver(root: root)
    }

    func file(_ path: String) -> SiteFileResolver.Resolution { .file(root.appendingPathComponent(path)) }

    @Test func foldersServeTheirIndex() {
        #expect(resolver.resolve("/") == file("index.html"))
        #expect(resolver.resolve("") == file("index.html"))
        #expect(resolver.resolve("/countries/gb/") == file("countries/gb/index.html"))
        #expect(resolver.resolve("/countries/gb/index.html") == file("countries/gb/index.html"))
        #expect(resolver.resolve("/countries//gb/./") == file("countries/gb/index.html"))
    }

    @Test func aFolderWithoutItsSlashRedirects() {
        #expect(resolver.resolve("/countries") == .redirect("/countries/"))
        #expect(resolver.resolve("/countries/gb") == .redirect("/countries/gb/"))
    }

    @Test func filesAndEncodedNames() {
        #expect(resolver.resolve("/style.css") == file("style.css"))
        #expect(resolver.resolve("/a%20b/c.txt") == file("a b/c.txt"))
    }

    @Test func missingAndHiddenAreNotFound() {
        #expect(resolver.resolve("/nope/") == .notFound)
        #expect(resolver.resolve("/style.css/x") == .notFound)
        #expect(resolver.resolve("/.sitegen-output") == .notFound)
        #expect(resolver.resolve("/%2esitegen-output") == .notFound)
    }

    @Test(arguments: ["/../../etc/passwd", "/..", "/countries/../../secret.txt", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/secret.txt",
                      "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/countries/%2e%2e/%2e%2e/secret.txt", "/.%2e/secret.txt",
                      "/..\\secret.txt", "/%5c..%5csecret.txt", "/index.html%00.css", "/%zz"])
    func nothingLeavesTheFolder(path: String) {
        #expect(resolver.resolve(path) == .forbidden, "\(path)")
    }

    @Test func symbolicLinksOutOfTheFolderAreRefused() {
        #expect(resolver.resolve("/outside/passwd") == .forbidden)
        #expect(resolver.resolve("/up.txt") == .forbidden)
    }
}
