import Foundation

/// Maps over an array on all cores, returning results in input order so output stays deterministic.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let buffer = ResultBuffer<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            buffer.set(index, transform(items[index]))
        }
        return buffer.values()
    }
}

private final class ResultBuffer<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [R] { storage.map { $0! } }
}
