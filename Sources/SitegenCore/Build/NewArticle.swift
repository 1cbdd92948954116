import Foundation

/// `sitegen new "Tiêu đề"`: starts an article file in the content folder, named from the slug of
/// its title, with front matter (the title, today's date as the publication date, commented
/// placeholders for the rest) and an empty body for the article's text. An existing file is never
/// replaced.
public enum NewArticle {
    /// Creates the file and returns where it is. `today` and `timeZone` are parameters so tests can fix the date.
    public static func create(title: String, in folder: URL, today: Date = Date(), timeZone: TimeZone = .current) throws -> URL {
        let title = title.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        let slug = VietnameseText.slug(title)
        guard !slug.isEmpty else {
            throw SitegenError.content(path: folder.path, message: "the title \"\(title)\" has no letters or digits to name the file after")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SitegenError.content(path: folder.path, message: "content folder does not exist")
        }
        // A .txt of the same name would get the same page id, so it counts as taken too.
        for ext in ContentLoader.articleExtensions.sorted() {
            let existing = folder.appendingPathComponent("\(slug).\(ext)")
            if FileManager.default.fileExists(atPath: existing.path) {
                throw SitegenError.content(path: existing.path, message: "an article with this name already exists; it was left as it is (edit it, or choose another title)")
            }
        }
        let file = folder.appendingPathComponent("\(slug).md")
        do {
            try Data(text(title: title, published: isoDay(today, timeZone: timeZone)).utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            throw SitegenError.content(path: file.path, message: "cannot create the file (\(error.localizedDescription))")
        }
        return file
    }

    /// The new file's text: front matter the loader reads back as written, then room for the article.
    static func text(title: String, published: String) -> String {
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
        ---
        title: \(quoted)
        published: \(published)
        # source: TTXVN                   # the news agency or outlet
        # url: https://…                  # where the article was published
        # correct:                        # pin a fact extraction gets wrong (README: "Everyday editing")
        #   date: \(published)
        # Paste the article text below the closing line, then run: sitegen check
        ---

        """
    }

    /// The calendar day of `date` where the editor is, as YYYY-MM-DD.
    static func isoDay(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
