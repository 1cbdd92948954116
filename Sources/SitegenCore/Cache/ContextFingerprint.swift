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
    ///
    /// The types contexts are made of are told apart by their exact type first: a cast from `Any`
    /// that fails, or that turns `[[String: Any]]` into `[Any]`, goes through the runtime's bridging
    /// paths, which were half of fingerprinting's time. Either way a value hashes to the same bytes.
    private static func add(_ value: Any, to hash: inout ContentHash) -> Bool {
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self): add(string: value as! String, to: &hash)
        case ObjectIdentifier(Bool.self): hash.combine(separator: (value as! Bool) ? 2 : 3)
        case ObjectIdentifier(Int.self): add(int: value as! Int, to: &hash)
        case ObjectIdentifier([String: Any].self): return add(dictionary: value as! [String: Any], to: &hash)
        case ObjectIdentifier([Any].self): return add(array: value as! [Any], to: &hash)
        case ObjectIdentifier([[String: Any]].self): return add(array: value as! [[String: Any]], to: &hash)
        case ObjectIdentifier([String].self): return add(array: value as! [String], to: &hash)
        case ObjectIdentifier([String: String].self): return add(dictionary: value as! [String: String], to: &hash)
        case ObjectIdentifier([[String: String]].self): return add(array: value as! [[String: String]], to: &hash)
        case ObjectIdentifier(EventSummary.self): return add(part: value as! EventSummary, to: &hash)
        case ObjectIdentifier(RenderedOnce.self): return add(part: value as! RenderedOnce, to: &hash)
        case ObjectIdentifier(ArticleBody.self): return add(part: value as! ArticleBody, to: &hash)
        default: return addByCasting(value, to: &hash)
        }
        return true
    }

    /// Any other type (a String bridged from NSString, an array of another element type …).
    private static func addByCasting(_ value: Any, to hash: inout ContentHash) -> Bool {
        switch value {
        case let string as String: add(string: string, to: &hash)
        case let bool as Bool: hash.combine(separator: bool ? 2 : 3)
        case let int as Int: add(int: int, to: &hash)
        case let dictionary as [String: Any]: return add(dictionary: dictionary, to: &hash)
        case let array as [Any]: return add(array: array, to: &hash)
        // After the value types: a cast to a protocol can make the runtime bridge a dictionary or array first.
        case let part as Fingerprinted: return add(part: part, to: &hash)
        case let double as Double:
            hash.combine(separator: 7)
            hash.combine(Int(bitPattern: UInt(double.bitPattern)))
        default:
            return false
        }
        return true
    }

    private static func add(string: String, to hash: inout ContentHash) {
        hash.combine(separator: 1)
        hash.combine(string)
    }

    private static func add(int: Int, to hash: inout ContentHash) {
        hash.combine(separator: 4)
        hash.combine(int)
    }

    private static func add<Value>(dictionary: [String: Value], to hash: inout ContentHash) -> Bool {
        var sum = ContentHash.zero
        for (key, value) in dictionary {
            guard let entry = entry(key, value) else { return false }
            sum = sum &+ entry
        }
        hash.combine(separator: 5)
        hash.combine(dictionary.count)
        hash.combine(sum)
        return true
    }

    private static func add<Element>(array: [Element], to hash: inout ContentHash) -> Bool {
        hash.combine(separator: 6)
        hash.combine(array.count)
        for element in array {
            guard add(element, to: &hash) else { return false }
        }
        return true
    }

    private static func add(part: any Fingerprinted, to hash: inout ContentHash) -> Bool {
        guard let print = part.fingerprint else { return false }
        hash.combine(separator: 8)
        hash.combine(print)
        return true
    }
}
