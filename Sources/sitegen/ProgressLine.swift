import Foundation
import SitegenCore

/// One line on a terminal, rewritten in place, that tells what a long build is doing. Quiet for
/// the first second (a short build prints only its report) and when stderr is not a terminal.
final class ProgressLine: @unchecked Sendable {
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) != 0
    private var lastDraw = Date.distantPast
    private var shown = false
    private let lock = NSLock()

    func update(_ progress: BuildProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.1 || progress.done == progress.total else { return }
        lastDraw = now
        var text = String(format: "sitegen: %.0f s · %@", now.timeIntervalSince(start), progress.stage)
        if progress.total > 0 { text += " \(progress.done)/\(progress.total) pages" }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        shown = true
    }

    /// Clears the line before the report is printed.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
