import Foundation

/// What the render stage made, for the build report.
struct RenderReport: Sendable {
    var pages: Int
    var files: Int
    /// HTML pages by the template that made them ("event", "country" …).
    var pagesByKind: [String: Int]
    /// Time spent in each template, summed over the render workers (so it can exceed wall time).
    var templateSeconds: [String: Double]
}

/// Renders pages and adds up the time each template takes; shared by the render workers.
final class TemplateTimer: @unchecked Sendable {
    private var totals: [String: Double] = [:]
    private let lock = NSLock()

    func render(_ template: String, _ context: [String: Any], with templates: TemplateSet) -> Data {
        let start = DispatchTime.now().uptimeNanoseconds
        let data = Data(templates.render(template, context).utf8)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        lock.lock()
        totals[template, default: 0] += seconds
        lock.unlock()
        return data
    }

    var seconds: [String: Double] {
        lock.lock()
        defer { lock.unlock() }
        return totals
    }
}
