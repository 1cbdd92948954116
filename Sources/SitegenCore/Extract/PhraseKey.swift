/// A token's matching form with its hash worked out once.
///
/// Every phrase index (countries, cues, titles, places, …) looks up every token of every
/// sentence, and hashing a String with letters beyond ASCII normalises it on the fly each time:
/// hashing once per token and comparing hashes before text makes those lookups cheap. Equality
/// is the String's own, so matching is exactly what String keys give.
public struct PhraseKey: Hashable, Sendable {
    public let text: String
    /// The String's hash value, computed once.
    let hash: Int

    public init(_ text: String) {
        self.text = text
        hash = text.hashValue
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    public static func == (a: PhraseKey, b: PhraseKey) -> Bool { a.hash == b.hash && a.text == b.text }
}
