import Foundation

/// Atom feeds (RFC 4287) of the whole timeline, each partner and each topic: the newest events by date.
struct AtomFeeds {
    let ctx: PageContext
    let options: SiteRenderer.Options
    static let limit = 50

    /// The feeds are made on all cores; each names its events by position in the timeline.
    func files(_ tl: Timeline) -> [OutputFile] {
        var feeds: [(page: String, title: String, positions: [Int])] = [("", ctx.t.text("site_title"), Array(tl.events.indices))]
        for (code, positions) in tl.positionsByCountry() {
            feeds.append((Paths.country(code), ctx.t.text("country_page_title", ["name": ctx.countryName(code)]), positions))
        }
        for topic in ctx.knowledge.topics {
            let positions = tl.positions { $0.topics.contains { $0.id == topic.id } }
            guard !positions.isEmpty else { continue }
            feeds.append((Paths.topic(topic.id), ctx.topicLabel(topic.id), positions))
        }
        return ParallelMap.map(feeds) { feed in
            OutputFile(path: feed.page + "feed.xml",
                       data: self.feed(path: feed.page + "feed.xml", page: feed.page, title: feed.title, events: tl.events, at: feed.positions))
        }
    }

    /// An absolute URL when the site's origin is known, else a path under the base (a relative reference Atom allows).
    func link(_ url: String) -> String { (options.siteURL ?? "") + options.baseURL + url }

    /// Dates as Atom timestamps: an event known to the year or month is stamped at its first day.
    static func timestamp(_ date: EventDate) -> String {
        let parts = date.start.split(separator: "-").map(String.init)
        let year = parts[0], month = parts.count > 1 ? parts[1] : "01", day = parts.count > 2 ? parts[2] : "01"
        return "\(year)-\(month)-\(day)T00:00:00Z"
    }

    func feed(path: String, page: String, title: String, events all: [Event], at positions: [Int]) -> Data {
        let newest = positions.sorted { a, b in
            all[a].date.start != all[b].date.start ? all[a].date.start > all[b].date.start : all[a].id < all[b].id
        }.prefix(Self.limit).map { all[$0] }
        let updated = newest.first.map { Self.timestamp($0.date) } ?? "1970-01-01T00:00:00Z"
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(options.language)\">\n"
        x += "  <title>\(xml(title))</title>\n"
        x += "  <id>\(xml(feedID(path)))</id>\n"
        x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(xml(link(path)))\"/>\n"
        x += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(link(page)))\"/>\n"
        x += "  <updated>\(updated)</updated>\n  <author><name>sitegen</name></author>\n  <generator>sitegen</generator>\n"
        for e in newest {
            let summary = "\(ctx.t.dateLabel(e.date)) · \(ctx.kindLabel(e.kind)) · " + e.countries.map(ctx.countryName).joined(separator: ", ")
                + (e.sources.first.map { " — “\($0.sentence)”" } ?? "")
            x += "  <entry>\n"
            x += "    <title>\(xml(ctx.title(e)))</title>\n"
            x += "    <id>\(xml(feedID(Paths.event(e.id))))</id>\n"
            x += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(link(Paths.event(e.id))))\"/>\n"
            x += "    <updated>\(Self.timestamp(e.date))</updated>\n"
            x += "    <summary>\(xml(summary))</summary>\n"
            x += "  </entry>\n"
        }
        x += "</feed>\n"
        return Data(x.utf8)
    }

    /// Stable ids that do not depend on where the site is hosted.
    func feedID(_ path: String) -> String { "tag:sitegen,2024:" + path }

    func xml(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 forbids are dropped rather than written.
                if c.value < 0x20 && c != "\n" && c != "\t" && c != "\r" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
