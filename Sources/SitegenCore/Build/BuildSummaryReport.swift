import Foundation

/// The report after a build, like Hugo's: what was read and made, by kind, and where the time went.
public enum BuildSummaryReport {
    /// Lines after the one-line summary; `verbose` adds the time spent in each template.
    public static func lines(_ summary: SiteBuilder.Summary, verbose: Bool = false) -> [String] {
        var lines: [String] = []
        if !summary.eventsByKind.isEmpty {
            lines.append("  events: " + counted(summary.eventsByKind))
        }
        if !summary.pagesByKind.isEmpty {
            var pages = "  pages:  " + counted(summary.pagesByKind)
            if !summary.upToDate, summary.pages > 0 {
                pages += String(format: "; %.3f ms per page", summary.seconds * 1000 / Double(summary.pages))
            }
            lines.append(pages)
        }
        lines.append("  stages: " + summary.stageSeconds.map { String(format: "%@ %.2f s", $0.stage, $0.seconds) }.joined(separator: ", "))
        if verbose, !summary.stageCPUSeconds.isEmpty {
            let wall = Dictionary(summary.stageSeconds.map { ($0.stage, $0.seconds) }, uniquingKeysWith: +)
            lines.append("  processor time per stage (cores busy): " + summary.stageCPUSeconds.map { stage, seconds in
                let busy = (wall[stage] ?? 0) >= 0.01 ? String(format: " (%.1f)", seconds / wall[stage]!) : ""
                return String(format: "%@ %.2f s", stage, seconds) + busy
            }.joined(separator: ", "))
        }
        if verbose, !summary.templateSeconds.isEmpty {
            let rows = summary.templateSeconds.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { name, seconds -> String in
                let count = summary.pagesByKind[name] ?? 0
                let perPage = count > 0 ? String(format: " (%.3f ms per page)", seconds * 1000 / Double(count)) : ""
                return String(format: "%@ %.2f s", name, seconds) + perPage
            }
            lines.append("  templates (time summed over workers): " + rows.joined(separator: ", "))
        }
        if verbose, !summary.peakMemory.isEmpty {
            lines.append("  peak memory after each stage: " + summary.peakMemory.map { "\($0.stage) \($0.mebibytes) MiB" }.joined(separator: ", "))
        }
        return lines
    }

    /// "event 3460, article 1000, …": largest first, then by name.
    static func counted(_ counts: [String: Int]) -> String {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
