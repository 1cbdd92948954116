import Foundation

/// Writes plain JSON values (dictionaries, arrays, strings, integers, booleans, NSNull) as sorted,
/// indented JSON that is safe to embed in a page ("<", ">" and "&" as \u escapes), in one pass.
/// Keys are sorted by UTF-16 code units, so the order is the same on every machine and locale.
/// JSONSerialization did this job before, but sorted keys through NSString and took most of the
/// time of an incremental build; the layout is the same as its pretty printing.
enum JSONText {
    struct UnsupportedValue: Error, CustomStringConvertible {
        var type: String
        var description: String { "cannot write a value of type \(type) as JSON" }
    }

    static func data(_ value: Any) throws -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        try write(value, indent: 0, into: &out)
        out.append(0x0A)
        return Data(out)
    }

    /// A value already written at a given indentation, placed as it is: the elements of a long
    /// array can be written on all cores and joined in order.
    struct Fragment: Sendable {
        let bytes: [UInt8]
    }

    /// Makes and writes each element as it will sit in an array at `depth` levels of nesting, on all cores.
    static func fragments<T: Sendable>(_ items: [T], depth: Int, _ value: @Sendable (T) -> Any) throws -> [Fragment] {
        try ParallelMap.map(items) { item -> Result<Fragment, any Error> in
            Result {
                var out: [UInt8] = []
                try write(value(item), indent: depth * 2, into: &out)
                return Fragment(bytes: out)
            }
        }.map { try $0.get() }
    }

    private static func write(_ value: Any, indent: Int, into out: inout [UInt8]) throws {
        switch value {
        case let fragment as Fragment:
            out.append(contentsOf: fragment.bytes)
        case let string as String:
            writeString(string, into: &out)
        case let bool as Bool:
            out.append(contentsOf: Array((bool ? "true" : "false").utf8))
        case let int as Int:
            out.append(contentsOf: Array(String(int).utf8))
        case let dictionary as [String: Any]:
            if dictionary.isEmpty {
                out.append(contentsOf: Array("{\n\n\(String(repeating: " ", count: indent))}".utf8))
                return
            }
            out.append(UInt8(ascii: "{"))
            out.append(0x0A)
            let keys = dictionary.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            for (i, key) in keys.enumerated() {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
                writeString(key, into: &out)
                out.append(contentsOf: Array(" : ".utf8))
                try write(dictionary[key]!, indent: indent + 2, into: &out)
                if i < keys.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
            }
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            if array.isEmpty {
                out.append(contentsOf: Array("[\n\n\(String(repeating: " ", count: indent))]".utf8))
                return
            }
            out.append(UInt8(ascii: "["))
            out.append(0x0A)
            for (i, element) in array.enumerated() {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
                try write(element, indent: indent + 2, into: &out)
                if i < array.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
            }
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            out.append(UInt8(ascii: "]"))
        // Last: asking a Swift dictionary or array whether it is an NSNull bridges it to Foundation first.
        case is NSNull:
            out.append(contentsOf: Array("null".utf8))
        default:
            throw UnsupportedValue(type: String(describing: type(of: value)))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
