import Foundation

/// Times the stages of a build for its summary; a stage run several times adds up under one name,
/// in the order stages first ran.
final class StageClock {
    private(set) var timings: [(stage: String, seconds: Double)] = []
    /// The process's peak resident memory (MiB) when each stage ended, where the system tells it.
    private(set) var peakMemory: [(stage: String, mebibytes: Int)] = []
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
            if let peak = Self.peakResidentMebibytes() {
                if let index = peakMemory.firstIndex(where: { $0.stage == name }) {
                    peakMemory[index].mebibytes = peak
                } else {
                    peakMemory.append((name, peak))
                }
            }
        }
        return try body()
    }

    /// VmHWM from /proc/self/status (Linux); nil elsewhere.
    static func peakResidentMebibytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kibibytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kibibytes / 1024
    }
}
