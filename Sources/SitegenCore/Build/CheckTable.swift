import Foundation

/// How `sitegen check` shows its rows: an aligned table for a terminal, or JSON for other tools.
extension ArticleCheck {
    static let columns = ["FILE", "EVENT", "CHECK", "STATE", "DETAIL"]

    /// Columns padded to their widest cell (in characters: the text is NFC, one character a column).
    /// A file or event repeated on the next row is left blank there, so each article reads as a block.
    public func table() -> String {
        var cells: [[String]] = []
        var previous: (file: String, event: String)?
        for row in rows {
            let event = [row.anchor, row.kind, row.date].compactMap { $0 }.joined(separator: " ")
            let sameFile = previous?.file == row.file
            let sameEvent = sameFile && previous?.event == event && !event.isEmpty
            cells.append([sameFile ? "" : row.file, sameEvent ? "" : event, row.item.rawValue, row.state.rawValue, row.detail])
            previous = (row.file, event)
        }
        let all = [Self.columns] + cells
        let widths = (0..<Self.columns.count).map { column in all.map { $0[column].count }.max() ?? 0 }
        let lines = all.map { cells in
            cells.enumerated().map { column, text in
                column == cells.count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.count)
            }.joined(separator: "  ")
        }.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
        return (lines + ["", summary]).joined(separator: "\n") + "\n"
    }

    /// "5 articles, 21 events: 14 unsure, 2 edited".
    public var summary: String {
        let edited = rows.filter { $0.state == .edited }.count
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return "\(count(articles, "article")), \(count(events, "event")): \(unresolved) unsure, \(edited) edited"
    }

    public func json() throws -> Data {
        let root: [String: Any] = [
            "articles": articles,
            "events": events,
            "unresolved": unresolved,
            "rows": rows.map { row -> [String: Any] in
                ["file": row.file, "event": row.event ?? NSNull(), "anchor": row.anchor ?? NSNull(), "kind": row.kind ?? NSNull(),
                 "date": row.date ?? NSNull(), "check": row.item.rawValue, "state": row.state.rawValue, "detail": row.detail]
            },
        ]
        return try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    }
}
