import Foundation

/// A compiled regular expression with String-based results.
///
/// NSRegularExpression works in UTF-16 offsets; this keeps the conversions in one place.
public struct Pattern: @unchecked Sendable {
    public struct Match {
        public let range: Range<String.Index>
        public let groups: [String?]
        public let groupRanges: [Range<String.Index>?]
        public var text: String { groups[0] ?? "" }
        public subscript(_ i: Int) -> String? { i < groups.count ? groups[i] : nil }
    }

    private let regex: NSRegularExpression
    public let source: String

    /// For patterns written in the code: constants, so a failure is a programming error the tests
    /// catch. Patterns from data files go through `init(checking:)`.
    public init(_ pattern: String, caseInsensitive: Bool = false) {
        source = pattern
        regex = try! NSRegularExpression(pattern: pattern, options: Self.options(caseInsensitive))
    }

    /// For patterns read from a data file, which may not compile.
    public init(checking pattern: String, caseInsensitive: Bool = false) throws {
        source = pattern
        regex = try NSRegularExpression(pattern: pattern, options: Self.options(caseInsensitive))
    }

    private static func options(_ caseInsensitive: Bool) -> NSRegularExpression.Options {
        caseInsensitive ? [.useUnicodeWordBoundaries, .caseInsensitive] : [.useUnicodeWordBoundaries]
    }

    public func matches(in text: String) -> [Match] {
        let ns = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.matches(in: text, options: [], range: ns).compactMap { result in
            guard let whole = Range(result.range, in: text) else { return nil }
            var groups: [String?] = []
            var ranges: [Range<String.Index>?] = []
            for i in 0..<result.numberOfRanges {
                let r = Range(result.range(at: i), in: text)
                ranges.append(r)
                groups.append(r.map { String(text[$0]) })
            }
            return Match(range: whole, groups: groups, groupRanges: ranges)
        }
    }

    /// A match in a string already bridged to NSString, with its UTF-16 range: for scanning one text
    /// with many patterns without converting it each time.
    public struct BridgedMatch {
        public let utf16: NSRange
        public let groups: [String?]
        public var text: String { groups[0] ?? "" }
        public subscript(_ i: Int) -> String? { i < groups.count ? groups[i] : nil }
    }

    public func matches(in ns: NSString) -> [BridgedMatch] {
        regex.matches(in: ns as String, options: [], range: NSRange(location: 0, length: ns.length)).map { result in
            BridgedMatch(utf16: result.range, groups: (0..<result.numberOfRanges).map { i in
                let r = result.range(at: i)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            })
        }
    }

    public func firstMatch(in text: String) -> Match? { matches(in: text).first }

    public func contains(in text: String) -> Bool {
        regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }

    public func replacing(in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: text, options: [], range: NSRange(text.startIndex..<text.endIndex, in: text), withTemplate: template)
    }
}
