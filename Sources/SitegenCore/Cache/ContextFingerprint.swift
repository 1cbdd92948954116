/// A fingerprint of everything a page's template can read: if a page's context hashes the same as
/// in the previous build (same templates, data and program), its bytes are the same, and the file
/// from that build can be kept instead of rendering again.
enum ContextFingerprint {
    /// Keys every page shares, already covered by the build's own fingerprint.
    static let buildWideKeys: Set<String> = ["t", "site"]

    /// nil when the context holds a value this walker does not know, so the page is always rendered.
    static func of(template: String, context: [String: Any], excludingBuildWideKeys: Bool = true) -> ContentHash? {
        var hash = ContentHash()
        hash.combine(template)
        var sum = ContentHash.zero
        for (key, value) in context where !(excludingBuildWideKeys && buildWideKeys.contains(key)) {
            guard let entry = entry(key, value) else { return nil }
            sum = sum &+ entry
        }
        hash.combine(sum)
        return hash
    }

    private static func entry(_ key: String, _ value: Any) -> ContentHash? {
        var hash = ContentHash()
        hash.combine(key)
        guard add(value, to: &hash) else { return nil }
        return hash
    }

    /// Each value is tagged with its type so "1", 1 and true hash apart.
    private static func add(_ value: Any, to hash: inout ContentHash) -> Bool {
        switch value {
        case let string as String:
            hash.combine(separator: 1)
            hash.combine(string)
        case let bool as Bool:
            hash.combine(separator: bool ? 2 : 3)
        case let int as Int:
            hash.combine(separator: 4)
            hash.combine(int)
        case let dictionary as [String: Any]:
            var sum = ContentHash.zero
            for (key, value) in dictionary {
                guard let entry = entry(key, value) else { return false }
                sum = sum &+ entry
            }
            hash.combine(separator: 5)
            hash.combine(dictionary.count)
            hash.combine(sum)
        case let array as [Any]:
            hash.combine(separator: 6)
            hash.combine(array.count)
            for element in array {
                guard add(element, to: &hash) else { return false }
            }
        // After the value types: a cast to a protocol can make the runtime bridge a dictionary or array first.
        case let part as Fingerprinted:
            guard let print = part.fingerprint else { return false }
            hash.combine(separator: 8)
            hash.combine(print)
        case let double as Double:
            hash.combine(separator: 7)
            hash.combine(Int(bitPattern: UInt(double.bitPattern)))
        default:
            return false
        }
        return true
    }
}
