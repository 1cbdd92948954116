import Foundation

/// What the previous build into an output folder wrote: each page's context fingerprint and size,
/// and the build's summary, so the next build can keep pages whose inputs did not change and can
/// skip everything when nothing changed at all.
struct PageManifest: Sendable {
    struct Page: Sendable {
        var fingerprint: String
        var size: Int
    }

    /// The build as a whole: what it depended on and its summary.
    struct Record: Codable, Sendable {
        /// Templates, data, program and options the pages were rendered with.
        var renderFingerprint: String
        /// Every content file's cache key, in path order.
        var inputs: String
        var articles, events, pages, files: Int
        var diagnostics: [Diagnostic]
        var eventsByKind: [String: Int]
        var pagesByKind: [String: Int]
    }

    var record: Record
    var entries: [String: Page]

    /// Names the output a build made; written into the output folder's marker so a folder that
    /// another build (or a person) replaced is never mistaken for the one this manifest describes.
    var buildID: String { ContentHash.of(record.renderFingerprint, record.inputs).description }

    /// Whether the output folder still holds what this manifest describes, rendered the way this
    /// build would render it.
    func describes(_ writer: OutputWriter, renderedWith renderPrint: ContentHash) -> Bool {
        record.renderFingerprint == renderPrint.description && writer.currentBuildID() == buildID
    }

    static let format = "sitegen-pages/2"

    /// The record as one JSON line, then one tab-separated line per file: JSON for 40,000 entries
    /// took a noticeable share of an incremental build.
    static func read(_ url: URL) -> PageManifest? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(format), let recordLine = lines.popFirst(),
              let record = try? JSONDecoder().decode(Record.self, from: Data(recordLine.utf8)) else { return nil }
        var entries: [String: Page] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let size = Int(fields[2]) else { return nil }
            entries[String(fields[0])] = Page(fingerprint: String(fields[1]), size: size)
        }
        return PageManifest(record: record, entries: entries)
    }

    func write(_ url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var text = Self.format + "\n" + String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        // A path with a tab or line break cannot be recorded; such a file is simply rendered every time.
        for path in entries.keys.sorted() where !path.contains("\t") && !path.contains("\n") {
            let page = entries[path]!
            text += "\(path)\t\(page.fingerprint)\t\(page.size)\n"
        }
        try UnsyncedFile.replace(Data(text.utf8), at: url.path)
    }
}
