import Foundation

/// What the previous build into an output folder wrote: each page's context fingerprint and size,
/// and the build's summary, so the next build can keep pages whose inputs did not change and can
/// skip everything when nothing changed at all.
struct PageManifest: Codable, Sendable {
    struct Page: Codable, Sendable {
        var fingerprint: String
        var size: Int
    }

    /// Templates, data, program and options the pages were rendered with.
    var renderFingerprint: String
    /// Every content file's cache key, in path order.
    var inputs: String
    var articles: Int
    var events: Int
    var pages: Int
    var files: Int
    var diagnostics: [Diagnostic]
    var eventsByKind: [String: Int]
    var pagesByKind: [String: Int]
    var entries: [String: Page]

    /// Names the output a build made; written into the output folder's marker so a folder that
    /// another build (or a person) replaced is never mistaken for the one this manifest describes.
    var buildID: String { ContentHash.of(renderFingerprint, inputs).description }

    static func read(_ url: URL) -> PageManifest? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(PageManifest.self, from: data)
    }

    func write(_ url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try encoder.encode(self).write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            throw SitegenError.output(path: url.path, message: "cannot write the build cache manifest")
        }
    }
}
