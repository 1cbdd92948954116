import Foundation

/// A text as a set or dictionary key that hashes its bytes once.
///
/// Hashing a String with letters beyond ASCII normalises it on the fly, every time: finding the
/// repeated sentences of an article and its boilerplate lines spent most of their time there.
/// Keys are equal exactly when their Strings are (canonically equivalent), since the bytes are
/// those of the NFC form: a plain text is already NFC, and the rest is normalised first.
struct TextKey: Hashable, Sendable {
    private let bytes: [UInt8]

    init(_ text: String) { self.init(text, isPlain: PlainText.isPlain(text)) }

    /// `isPlain` is `PlainText.isPlain(text)`, for a caller that knows it already.
    init(_ text: String, isPlain: Bool) {
        bytes = isPlain ? Array(text.utf8) : Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
