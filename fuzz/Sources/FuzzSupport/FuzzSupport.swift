import Foundation
import SitegenCore

/// What each fuzz target feeds its input through. Every input must come back without a crash;
/// results are thrown away.
public enum FuzzSupport {
    /// The project's own data files, so cue words, countries and titles are the real ones.
    static let knowledge: Knowledge = {
        let data = ProcessInfo.processInfo.environment["SITEGEN_DATA"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")
        do { return try Knowledge.load(from: data) } catch { fatalError("fuzz: data files do not load: \(error)") }
    }()
    static let cleaner = Cleaner(rules: knowledge.cleaning)
    static let extractor = Extractor(knowledge: knowledge)

    /// The first byte picks the file kind, the rest is the file, as the loader reads it from disk.
    static func load(_ bytes: UnsafeRawBufferPointer) -> [SourceDocument] {
        guard let kind = bytes.first else { return [] }
        let name = ["a.txt", "a.md", "a.markdown"][Int(kind) % 3]
        let source = MemoryContentSource(files: [name: Data(bytes.dropFirst())])
        return (try? ContentLoader(source: source).load().documents) ?? []
    }

    /// Decoding, the front matter and the body split.
    public static func frontMatter(_ bytes: UnsafeRawBufferPointer) {
        _ = load(bytes)
    }

    /// Cleaning, then the article page's Markdown, sentence anchors and headings.
    public static func cleaner(_ bytes: UnsafeRawBufferPointer) {
        for document in load(bytes) {
            let article = cleaner.clean(document)
            let html = Markdown.html(article.markdown)
            _ = Markdown.demoteHeadings(Markdown.anchorSentences(html, sentences: article.sentences))
        }
    }

    /// The whole reading of one article: load, clean, extract and merge.
    public static func extractor(_ bytes: UnsafeRawBufferPointer) {
        let extracted = load(bytes).map { extractor.extract(cleaner.clean($0)) }
        _ = Merger.merge(extracted)
    }
}
