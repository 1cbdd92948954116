import Foundation

/// Times the stages of a build for its summary; a stage run several times adds up under one name,
/// in the order stages first ran.
final class StageClock {
    private(set) var timings: [(stage: String, seconds: Double)] = []
    /// The process's peak resident memory (MiB) when each stage ended, where the system tells it.
    private(set) var peakMemory: [(stage: String, mebibytes: Int)] = []
    /// Processor time (user and system, all threads) spent in each stage: beside its wall time it
    /// says how well the stage used the cores.
    private(set) var cpuSeconds: [(stage: String, seconds: Double)] = []
    /// Told the name of each stage as it starts (the progress line).
    var onStart: ((String) -> Void)?

    func run<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        onStart?(name)
        let start = Date()
        let startCPU = Self.processorSeconds()
        defer {
            Self.add(Date().timeIntervalSince(start), to: name, in: &timings)
            Self.add(Self.processorSeconds() - startCPU, to: name, in: &cpuSeconds)
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

    private static func add(_ seconds: Double, to stage: String, in list: inout [(stage: String, seconds: Double)]) {
        if let index = list.firstIndex(where: { $0.stage == stage }) {
            list[index].seconds += seconds
        } else {
            list.append((stage, seconds))
        }
    }

    /// User and system time of the whole process so far.
    static func processorSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// VmHWM from /proc/self/status (Linux); nil elsewhere.
    static func peakResidentMebibytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kibibytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kibibytes / 1024
    }
}
