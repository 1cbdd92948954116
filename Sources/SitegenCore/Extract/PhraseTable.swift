/// A lookup table from phrase keys to values that probes with the hash each key already carries.
///
/// Phrase indexes are asked about every token of every sentence; a Dictionary would run the key's
/// stored hash through the hasher again on each probe, which was most of a lookup's cost.
/// Built once, read only: open addressing with linear probing, at most half full.
struct PhraseTable<Value: Sendable>: Sendable {
    private var slots: [Int]
    private let keys: [PhraseKey]
    private let values: [Value]
    private let mask: Int

    /// - Parameter pairs: distinct keys with their values.
    init(_ pairs: [(PhraseKey, Value)]) {
        keys = pairs.map(\.0)
        values = pairs.map(\.1)
        var capacity = 8
        while capacity < pairs.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int](repeating: -1, count: capacity)
        for (index, key) in keys.enumerated() {
            var slot = key.hash & mask
            while slots[slot] >= 0 {
                precondition(keys[slots[slot]] != key, "PhraseTable keys must be distinct")
                slot = (slot + 1) & mask
            }
            slots[slot] = index
        }
    }

    func value(for key: PhraseKey) -> Value? {
        var slot = key.hash & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if keys[index] == key { return values[index] }
            slot = (slot + 1) & mask
        }
    }
}
