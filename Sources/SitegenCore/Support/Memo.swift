import Foundation

/// A thread-safe remembered result of a pure function, shared by the render workers.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    func value(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func set(_ value: Value, for key: Key) {
        lock.lock()
        values[key] = value
        lock.unlock()
    }
}
