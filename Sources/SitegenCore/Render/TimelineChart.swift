/// The home page's chart, drawn at build time as static SVG: events per year, stacked by partner.
/// No script; a title, a description and a per-bar title give text alternatives.
enum TimelineChart {
    static let palette = ["#a3201c", "#17467f", "#2f7d4a", "#8a5a00", "#6b3fa0", "#0f7b83", "#7a7f87"]
    static let width = 720, height = 220, left = 28, bottom = 28, top = 12

    static func svg(events: [Event], ctx: PageContext) -> String {
        guard let first = events.map(\.date.year).min(), let last = events.map(\.date.year).max() else { return "" }
        let years = Array(first...last)
        var counts: [Int: [String: Int]] = [:]
        var totals: [String: Int] = [:]
        for e in events {
            let partner = e.countries.first ?? "?"
            counts[e.date.year, default: [:]][partner, default: 0] += 1
            totals[partner, default: 0] += 1
        }
        // The largest partners get their own colour; the rest share the last one.
        let ranked = totals.keys.sorted { totals[$0]! != totals[$1]! ? totals[$0]! > totals[$1]! : $0 < $1 }
        let named = Array(ranked.prefix(palette.count - 1))
        func group(_ code: String) -> String { named.contains(code) ? code : "*" }
        let groups = named + (ranked.count > named.count ? ["*"] : [])
        func label(_ g: String) -> String { g == "*" ? "…" : ctx.countryName(g) }
        let maxCount = max(1, years.map { y in counts[y, default: [:]].values.reduce(0, +) }.max() ?? 1)
        let plotWidth = width - left - 8, plotHeight = height - bottom - top
        let slot = Double(plotWidth) / Double(years.count)
        let barWidth = max(2.0, min(28.0, slot * 0.7))
        let title = HTML.escape(ctx.t.text("chart_title"))
        var desc: [String] = []
        var out = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 \(width) \(height + 24 + 18 * ((groups.count + 3) / 4))\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<title id=\"chart-title\">\(title)</title>"
        var bars = ""
        var lastLabelX = -100.0
        for (i, year) in years.enumerated() {
            let x = Double(left) + slot * Double(i) + (slot - barWidth) / 2
            var y = Double(top + plotHeight)
            let byGroup = Dictionary(grouping: counts[year, default: [:]], by: { group($0.key) }).mapValues { $0.map(\.value).reduce(0, +) }
            let total = byGroup.values.reduce(0, +)
            if total > 0 {
                desc.append("\(year): " + groups.compactMap { g in byGroup[g].map { "\(label(g)) \($0)" } }.joined(separator: ", "))
            }
            for (index, g) in groups.enumerated() {
                guard let n = byGroup[g] else { continue }
                let h = Double(plotHeight) * Double(n) / Double(maxCount)
                y -= h
                bars += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(h))\" fill=\"\(palette[min(index, palette.count - 1)])\"><title>\(year) · \(HTML.escape(label(g))): \(n)</title></rect>"
            }
            let labelX = x + barWidth / 2
            if (years.count <= 16 || year % 5 == 0 || i == 0 || i == years.count - 1), labelX - lastLabelX >= 30 {
                lastLabelX = labelX
                bars += "<text x=\"\(fmt(x + barWidth / 2))\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\" font-size=\"11\" fill=\"currentColor\">\(year)</text>"
            }
        }
        out += "<desc id=\"chart-desc\">\(HTML.escape(desc.joined(separator: "; ")))</desc>"
        out += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - 8)\" y2=\"\(top + plotHeight)\" stroke=\"currentColor\" stroke-width=\"1\"/>"
        out += "<text x=\"\(left - 6)\" y=\"\(top + 8)\" text-anchor=\"end\" font-size=\"11\" fill=\"currentColor\">\(maxCount)</text>"
        out += bars
        for (index, g) in groups.enumerated() {
            let lx = left + (index % 4) * 170, ly = height + 8 + (index / 4) * 18
            out += "<rect x=\"\(lx)\" y=\"\(ly)\" width=\"10\" height=\"10\" fill=\"\(palette[min(index, palette.count - 1)])\"/>"
            out += "<text x=\"\(lx + 14)\" y=\"\(ly + 9)\" font-size=\"12\" fill=\"currentColor\">\(HTML.escape(label(g))) (\(g == "*" ? ranked.dropFirst(named.count).map { totals[$0]! }.reduce(0, +) : totals[g]!))</text>"
        }
        return out + "</svg>"
    }

    private static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
