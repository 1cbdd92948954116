import Foundation

/// Load stage: turns the files of the content folder into `SourceDocument`s.
///
/// Files are read in parallel; the result keeps the sorted path order so builds are deterministic.
/// A file that cannot be read or decoded is reported and skipped; the others still load.
public struct ContentLoader: Sendable {
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]
    /// News articles run to tens of kilobytes; a file of many megabytes is a scraper dump or a
    /// mistake, and would cost minutes and a page nobody can open, so it is skipped unread.
    public static let defaultMaxFileBytes = 2 * 1024 * 1024

    public var source: ContentSource
    /// Files larger than this are reported and skipped; nil reads every file whatever its size.
    public var maxFileBytes: Int?

    public init(source: ContentSource, maxFileBytes: Int? = ContentLoader.defaultMaxFileBytes) {
        self.source = source
        self.maxFileBytes = maxFileBytes
    }

    public func load() throws -> (documents: [SourceDocument], diagnostics: [Diagnostic]) {
        let results = ParallelMap.map(try readAll()) { Self.decode($0) }
        var documents: [SourceDocument] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            diagnostics += result.diagnostics
            if let document = result.document { documents.append(document) }
        }
        return (documents, diagnostics)
    }

    /// The article files' bytes, in path order, read in parallel; decoding is a separate step so a
    /// build can skip it for files its cache already knows. A file over the size limit is not read.
    public func readAll() throws -> [RawFile] {
        let paths = try source.listFiles().filter { path in
            let ext = (path as NSString).pathExtension.lowercased()
            return Self.articleExtensions.contains(ext)
        }
        return ParallelMap.map(paths) { [maxFileBytes] path in Self.read(path, from: source, maxFileBytes: maxFileBytes) }
    }

    /// One file's bytes, or why they were not read (over the size limit, unreadable).
    static func read(_ path: String, from source: ContentSource, maxFileBytes: Int?) -> RawFile {
        do {
            if let limit = maxFileBytes, let size = try? source.size(path), size > limit {
                return RawFile(path: path, contents: .failure(.init(message:
                    "the file is \(describeSize(size)), over the \(describeSize(limit)) limit for an article; it was skipped (raise the limit with --max-file-size)")))
            }
            return RawFile(path: path, contents: .success(try source.read(path)))
        } catch {
            return RawFile(path: path, contents: .failure(.init(message: "cannot read the file: \(error)")))
        }
    }

    static func loadOne(path: String, source: ContentSource, maxFileBytes: Int? = ContentLoader.defaultMaxFileBytes)
        -> (document: SourceDocument?, diagnostics: [Diagnostic]) {
        decode(read(path, from: source, maxFileBytes: maxFileBytes))
    }

    public static func decode(_ file: RawFile) -> (document: SourceDocument?, diagnostics: [Diagnostic]) {
        let path = file.path
        let data: Data
        switch file.contents {
        case .failure(let failure): return (nil, [Diagnostic(.error, file: path, failure.message)])
        case .success(let bytes): data = bytes
        }
        guard let text = TextDecoding.decode(data) else {
            return (nil, [Diagnostic(.error, file: path, "not valid UTF-8 or UTF-16 text; the file was skipped")])
        }
        let format: SourceDocument.Format = (path as NSString).pathExtension.lowercased() == "txt" ? .text : .markdown
        switch FrontMatterParser.split(text) {
        case .failure(let failure):
            return (nil, [Diagnostic(.error, file: path, line: failure.line, failure.message)])
        case .success(let parsed):
            var diagnostics = parsed.warnings.map { Diagnostic(.warning, file: path, line: $0.line, $0.message) }
                + parsed.errors.map { Diagnostic(.error, file: path, line: $0.line, $0.message) }
            // What trimming would leave empty, asked without trimming: Foundation copies the whole
            // body through NSString to trim it, which was half of the load stage's time.
            if parsed.body.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
                diagnostics.append(Diagnostic(.warning, file: path, "the article has no text"))
            }
            let document = SourceDocument(path: path, format: format, frontMatter: parsed.frontMatter,
                                          body: parsed.body, bodyStartLine: parsed.bodyStartLine)
            return (document, diagnostics)
        }
    }
}

extension ContentLoader {
    static func describeSize(_ bytes: Int) -> String {
        bytes < 1_048_576 ? String(format: "%.1f KB", Double(bytes) / 1024) : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

enum TextDecoding {
    /// UTF-8 (with or without BOM) or BOM-marked UTF-16; line ends normalised to "\n", text to NFC.
    static func decode(_ data: Data) -> String? {
        var text: String?
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            text = String(data: data, encoding: .utf16)
        } else {
            let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
            text = String(data: Data(bytes), encoding: .utf8)
        }
        guard var result = text else { return nil }
        if result.hasPrefix("\u{FEFF}") { result.removeFirst() }
        // Foundation's search and normalisation only where they can change something: text
        // without a carriage return or NUL byte contains neither, and plain text is already NFC.
        if result.utf8.contains(0x0D), result.contains("\r") {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if result.utf8.contains(0), result.contains("\0") { return nil }
        return PlainText.isPlain(result) ? result : result.precomposedStringWithCanonicalMapping
    }
}
