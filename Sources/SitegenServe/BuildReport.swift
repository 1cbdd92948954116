import SitegenCore

/// The words for a build's outcome: lines for the terminal and the banner text for open pages.
public enum BuildReport {
    /// Lines for the terminal: the summary and each warning and error (with its file), or the failure.
    public static func terminalLines(_ outcome: BuildRunner.Outcome, reason: String) -> [String] {
        switch outcome {
        case .built(let summary):
            return ["sitegen serve: built (\(reason)): \(summary.line)"] + summary.diagnostics.map { "  \($0)" }
        case .failed(let message):
            return ["sitegen serve: build failed (\(reason)); still serving the last good site:", "  error: \(message)"]
        }
    }

    /// What the page's banner shows: nil for a clean build, the errors of a build that still wrote
    /// the site, or the failure of a build that did not.
    public static func banner(_ outcome: BuildRunner.Outcome) -> String? {
        switch outcome {
        case .built(let summary):
            let errors = summary.diagnostics.filter { $0.severity == .error }
            guard !errors.isEmpty else { return nil }
            return "sitegen: the site was built with \(errors.count) error\(errors.count == 1 ? "" : "s"):\n\n"
                + errors.map(\.description).joined(separator: "\n")
        case .failed(let message):
            return "sitegen: the build failed; this page is from the last good build.\n\n\(message)\n\nFix the file and save: the page reloads when the build succeeds."
        }
    }
}
