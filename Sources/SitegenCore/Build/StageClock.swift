import Foundation

/// Times the stages of a build for its summary; a stage run several times adds up under one name,
/// in the order stages first ran.
final class StageClock {
    private(set) var timings: [(stage: String, seconds: Double)] = []
    /// Told the name of each stage as it starts (the progress line).
    var onStart: ((String) -> Void)?

    func run<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        onStart?(name)
        let start = Date()
        defer {
            let seconds = Date().timeIntervalSince(start)
            if let index = timings.firstIndex(where: { $0.stage == name }) {
                timings[index].seconds += seconds
            } else {
                timings.append((name, seconds))
            }
        }
        return try body()
    }
}
