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
        /// Whether Pagefind indexed the site: its files are in the output but not in the manifest,
        /// so the next build swaps in a whole new site rather than updating this one in place.
        var searchIndexed: Bool?
    }

    var record: Record
    var entries: [String: Page]

    /// Names the output a build made; written into the output folder's marker so a folder that
    /// another build (or a person) replaced is never mistaken for the one this manifest describes.
    var buildID: String { ContentHash.of(record.renderFingerprint, record.inputs).description }

    /// Whether the output folder still holds what this manifest describes, rendered the way this
    /// build would render it.
    func describes(_ writer: OutputWriter, renderedWith renderPrint: ContentHash) -> Bool {
        renderedLikeThis(renderPrint) && describes(writer)
    }

    /// Whether the output folder still holds the files this manifest lists, however they were rendered.
    func describes(_ writer: OutputWriter) -> Bool { writer.currentBuildID() == buildID }

    /// Whether the pages were rendered with the templates, data, program and options of this build,
    /// so that a page whose context fingerprint is unchanged has unchanged bytes.
    func renderedLikeThis(_ renderPrint: ContentHash) -> Bool { record.renderFingerprint == renderPrint.description }

    static let format = "sitegen-pages/2"

    /// The record as one JSON line, then one tab-separated line per file: JSON for 40,000 entries
    /// took a noticeable share of an incremental build, and so did splitting the text into
    /// Characters, so the lines are cut as bytes.
    static func read(_ url: URL) -> PageManifest? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return parse(data)
    }

    static func parse(_ data: Data) -> PageManifest? {
        data.withUnsafeBytes { raw -> PageManifest? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = bytes.split(separator: newline, omittingEmptySubsequences: true)[...]
            guard let formatLine = lines.popFirst(), formatLine.elementsEqual(format.utf8), let recordLine = lines.popFirst(),
                  let record = try? JSONDecoder().decode(Record.self, from: Data(recordLine)) else { return nil }
            var entries: [String: Page] = [:]
            entries.reserveCapacity(lines.count)
            for line in lines {
                guard let firstTab = line.firstIndex(of: tab), let secondTab = line[(firstTab + 1)...].firstIndex(of: tab),
                      let size = decimal(line[(secondTab + 1)...]) else { return nil }
                entries[text(line[..<firstTab])] = Page(fingerprint: text(line[(firstTab + 1)..<secondTab]), size: size)
            }
            return PageManifest(record: record, entries: entries)
        }
    }

    func write(_ url: URL) throws {
        try UnsyncedFile.replace(try encoded(), at: url.path)
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = Data()
        data.reserveCapacity(entries.count * 96)
        data.append(contentsOf: Self.format.utf8)
        data.append(Self.newline)
        data.append(try encoder.encode(record))
        data.append(Self.newline)
        // A path with a tab or line break cannot be recorded; such a file is simply rendered every time.
        for path in entries.keys.sorted() where !path.utf8.contains(Self.tab) && !path.utf8.contains(Self.newline) {
            let page = entries[path]!
            data.append(contentsOf: path.utf8)
            data.append(Self.tab)
            data.append(contentsOf: page.fingerprint.utf8)
            data.append(Self.tab)
            data.append(contentsOf: String(page.size).utf8)
            data.append(Self.newline)
        }
        return data
    }

    private static let newline = UInt8(ascii: "\n")
    private static let tab = UInt8(ascii: "\t")

    private static func text(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }

    /// A size as written: ASCII digits only, and not so many that they overflow.
    private static func decimal(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
