import Foundation

/// Maps over an array on several threads, returning results in input order so output stays
/// deterministic whatever the number of cores.
public enum ParallelMap {
    /// Worker threads: `SITEGEN_JOBS` when it is a positive number (1 runs everything on one
    /// thread, for debugging or a shared machine), otherwise one per core.
    public static let workers: Int = workers(environment: ProcessInfo.processInfo.environment,
                                             cores: ProcessInfo.processInfo.activeProcessorCount)

    static func workers(environment: [String: String], cores: Int) -> Int {
        if let value = environment["SITEGEN_JOBS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), value > 0 {
            return min(value, 256)
        }
        return max(1, cores)
    }

    public static func map<T: Sendable, R: Sendable>(_ items: [T], workers: Int = ParallelMap.workers, _ transform: @Sendable (T) -> R) -> [R] {
        let threads = min(workers, items.count)
        if threads < 2 { return items.map(transform) }
        let buffer = ResultBuffer<R>(count: items.count)
        // Each worker takes the next unclaimed item, so a few large items do not idle the others.
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = buffer.claim() {
                buffer.set(index, transform(items[index]))
            }
        }
        return buffer.values()
    }
}

private final class ResultBuffer<R>: @unchecked Sendable {
    private var storage: [R?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < storage.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// Every index was claimed and set before the workers returned, so no slot is empty.
    func values() -> [R] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
