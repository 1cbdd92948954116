import Foundation

/// `sitegen extract FILE`: runs load, clean and extract on one article and reports what was read,
/// with each date's basis and each fact's sentence, so an editor can see why.
public enum SingleArticle {
    public static func extract(file: URL, data: URL) throws -> Data {
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw SitegenError.content(path: file.path, message: "no such file")
        }
        let knowledge = try Knowledge.load(from: data)
        let folder = file.deletingLastPathComponent()
        let source = DiskContentSource(root: folder)
        let (document, diagnostics) = ContentLoader.loadOne(path: file.lastPathComponent, source: source)
        guard let document else {
            throw SitegenError.content(path: file.path, message: diagnostics.map(\.message).joined(separator: "; "))
        }
        let cleaned = Cleaner(rules: knowledge.cleaning).clean(document)
        let extracted = Extractor(knowledge: knowledge).extract(cleaned)
        let timeline = Merger.merge([extracted])
        let report: [String: Any] = [
            "article": EventsJSON.article(timeline.articles[0]),
            "sentences": cleaned.sentences.enumerated().map { ["anchor": "s\($0.offset + 1)", "text": $0.element] },
            // The sentence anchor is what `correct_events: match:` takes, besides the id.
            "events": timeline.events.map { event -> [String: Any] in
                var json = EventsJSON.event(event)
                if let index = event.sources.first(where: { $0.article == cleaned.id })?.sentenceIndex { json["anchor"] = "s\(index)" }
                return json
            },
            "diagnostics": (diagnostics + extracted.diagnostics).map(\.description),
        ]
        return try JSONText.data(report)
    }
}
