import Foundation

/// Everyday string operations of the clean stage done on scalars and bytes, with exactly the
/// answers of the Character-based (standard library) or Foundation operations they stand for.
///
/// Text is "plain" when every scalar is a whole character (`ScalarFacts.isWholeCharacter`):
/// precomposed letters, ASCII but the carriage return, ordinary punctuation. Such text is in NFC
/// and its characters are its scalars, so comparing characters is comparing bytes. Text that is not
/// plain (combining marks, emoji, other scripts) takes the general operation.
enum PlainText {
    static func isPlain(_ text: String) -> Bool {
        // ASCII bytes other than the carriage return are whole characters: skip decoding them.
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D {
            return text.unicodeScalars.allSatisfy(ScalarFacts.isWholeCharacter)
        }
        return true
    }

    /// `text.trimmingCharacters(in: .whitespaces)`: Foundation trims scalar by scalar, so does this.
    static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarFacts.isTrimmedWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !ScalarFacts.isTrimmedWhitespace($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: true)` on characters: a line feed
    /// is a character of its own except right after a carriage return ("\r\n" is one character).
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A, previous != 0x0D {
                if lineStart < index { lines.append(text[lineStart..<index]) }
                lineStart = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        if lineStart < bytes.endIndex { lines.append(text[lineStart..<bytes.endIndex]) }
        return lines
    }

    /// `text.hasPrefix(prefix)`; `textIsPlain` is `isPlain(text)`, worked out once by a caller
    /// that tries many prefixes.
    static func hasPrefix(_ text: String, _ prefix: String, textIsPlain: Bool) -> Bool {
        guard textIsPlain, isPlain(prefix) else { return text.hasPrefix(prefix) }
        return text.utf8.starts(with: prefix.utf8)
    }

    /// A prefix or suffix tried against many texts, with its bytes and plainness worked out once.
    struct Affix: Sendable {
        let text: String
        let isPlain: Bool
        let bytes: [UInt8]

        init(_ text: String) {
            self.text = text
            isPlain = PlainText.isPlain(text)
            bytes = Array(text.utf8)
        }
    }

    /// A text's bytes when it is plain, for trying many affixes: nil sends them to the general test.
    static func plainBytes(_ text: String) -> [UInt8]? { isPlain(text) ? Array(text.utf8) : nil }

    /// `text.hasPrefix(affix.text)`, given `plainBytes(text)`.
    static func hasPrefix(_ text: String, _ affix: Affix, plainBytes: [UInt8]?) -> Bool {
        guard let bytes = plainBytes, affix.isPlain else { return text.hasPrefix(affix.text) }
        return bytes.count >= affix.bytes.count && bytes.prefix(affix.bytes.count).elementsEqual(affix.bytes)
    }

    /// `text.hasSuffix(affix.text)`, given `plainBytes(text)`.
    static func hasSuffix(_ text: String, _ affix: Affix, plainBytes: [UInt8]?) -> Bool {
        guard let bytes = plainBytes, affix.isPlain else { return text.hasSuffix(affix.text) }
        return bytes.count >= affix.bytes.count && bytes.suffix(affix.bytes.count).elementsEqual(affix.bytes)
    }

    /// `text.hasSuffix(suffix)`, as `hasPrefix`.
    static func hasSuffix(_ text: String, _ suffix: String, textIsPlain: Bool) -> Bool {
        guard textIsPlain, isPlain(suffix) else { return text.hasSuffix(suffix) }
        return text.utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// `text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count`.
    static func wordCount(_ text: String) -> Int {
        guard isPlain(text) else {
            return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        }
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
