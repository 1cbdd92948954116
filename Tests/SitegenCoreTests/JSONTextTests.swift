import Foundation
import Testing
@testable import SitegenCore

@Suite struct JSONTextTests {
    /// Typed values (read by their exact type) are written as the same values typed `Any` are.
    @Test func typedAndUntypedValuesAreWrittenAlike() throws {
        let typed: [String: Any] = ["words": ["a", "b"] as [String], "pairs": [["x": "1"]] as [[String: String]],
                                    "pair": ["x": "<&>"] as [String: String], "nested": ["k": ["n": 1]] as [String: [String: Any]],
                                    "rows": [["n": true]] as [[String: Any]], "none": NSNull()]
        let untyped: [String: Any] = ["words": ["a" as Any, "b" as Any] as [Any], "pairs": [["x": "1" as Any] as [String: Any]] as [Any],
                                      "pair": ["x": "<&>" as Any] as [String: Any], "nested": ["k": ["n": 1 as Any] as Any] as [String: Any],
                                      "rows": [["n": true as Any] as [String: Any]] as [Any], "none": NSNull() as Any]
        #expect(try JSONText.data(typed) == JSONText.data(untyped))
        #expect(try JSONSerialization.jsonObject(with: JSONText.data(typed)) is [String: Any])
    }

    @Test func writesValidJSONThatReadsBackTheSameValues() throws {
        let value: [String: Any] = [
            "text": "Đối thoại \"lần 14\" \\ tab\there\nline\u{1}",
            "hostile": "</script><script>alert(1)</script> & co",
            "n": -14, "yes": true, "no": false, "none": NSNull(),
            "list": [["b": 1, "a": "x"], [], [String: Any]()],
        ]
        let data = try JSONText.data(value)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"), "HTML-significant characters are escaped")
        #expect(text.contains("\\u003c/script\\u003e"))
        let back = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(back["text"] as? String == value["text"] as? String)
        #expect(back["hostile"] as? String == value["hostile"] as? String)
        #expect(back["n"] as? Int == -14 && back["yes"] as? Bool == true && back["none"] is NSNull)
        #expect(text.range(of: "\"a\" : \"x\"")!.lowerBound < text.range(of: "\"b\" : 1")!.lowerBound, "keys are sorted")
    }

    @Test(arguments: [0, 1, 50, 2500])
    func parallelArraysWriteTheSameBytesAsPlainArrays(count: Int) throws {
        @Sendable func item(_ n: Int) -> Any { ["n": n, "name": "sự kiện <\(n)>", "list": [["x": n]]] as [String: Any] }
        let whole = try JSONText.data(["events": (0..<count).map(item), "schema": "s", "a": [1]])
        let streamed = try JSONText.data(["events": JSONText.parallelArray(Array(0..<count), item), "schema": "s", "a": [1]])
        #expect(String(decoding: whole, as: UTF8.self) == String(decoding: streamed, as: UTF8.self))
    }

    /// A streamed document arrives in parts (a slice of a long array at a time) that add up to the
    /// same bytes as the whole.
    @Test func streamsInPartsThatAddUpToTheWholeText() throws {
        @Sendable func item(_ n: Int) -> Any { ["n": n] as [String: Any] }
        let count = JSONText.parallelSlice * 2 + 3
        let value: [String: Any] = ["events": JSONText.parallelArray(Array(0..<count), item), "schema": "s"]
        var parts: [[UInt8]] = []
        try JSONText.stream(value) { parts.append($0) }
        #expect(parts.count >= 4, "opening, three slices and closing")
        #expect(parts.allSatisfy { $0.count < 40 * JSONText.parallelSlice }, "no part holds the whole array")
        #expect(Data(parts.joined()) == (try JSONText.data(value)))
    }

    @Test func refusesValuesItCannotWrite() {
        #expect(throws: JSONText.UnsupportedValue.self) { try JSONText.data(["x": 1.5]) }
    }
}

@Suite struct JSONKeyOrderTests {
    /// Keys sort by UTF-16 code units whatever characters they hold: "\u{FF61}" (one UTF-16 unit,
    /// 0xFF61) sorts after "😀" (surrogates 0xD83D…) although its UTF-8 bytes sort before.
    @Test func keysSortByUTF16CodeUnits() {
        let keys = ["b", "a", "participant:Lê Văn A", "participant:Le", "\u{FF61}", "😀", "Z", "é", "e\u{301}", ""]
        let expected = keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        #expect(keys.sorted(by: JSONText.utf16Order) == expected)
        #expect(JSONText.utf16Order("😀", "\u{FF61}") && !JSONText.utf16Order("\u{FF61}", "😀"))
    }
}
