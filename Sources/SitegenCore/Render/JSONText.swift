import Foundation

/// Writes plain JSON values (dictionaries, arrays, strings, integers, booleans, NSNull) as sorted,
/// indented JSON that is safe to embed in a page ("<", ">" and "&" as \u escapes), in one pass.
/// Keys are sorted by UTF-16 code units, so the order is the same on every machine and locale.
/// JSONSerialization did this job before, but sorted keys through NSString and took most of the
/// time of an incremental build; the layout is the same as its pretty printing.
/// Lets the writer stream a `ParallelArray` whatever its element type.
protocol ParallelArrayWriting {
    var isEmpty: Bool { get }
    func write(indent: Int, slice: Int, to sink: JSONText.Sink) throws
}

enum JSONText {
    struct UnsupportedValue: Error, CustomStringConvertible {
        var type: String
        var description: String { "cannot write a value of type \(type) as JSON" }
    }

    /// Receives the written bytes in order, a part at a time.
    typealias Sink = ([UInt8]) throws -> Void

    static func data(_ value: Any) throws -> Data {
        var out = Data()
        try stream(value) { out.append(contentsOf: $0) }
        return out
    }

    /// Writes `value` to `sink` in parts, so the whole text need never be in memory: a parallel
    /// array inside it goes out a slice at a time.
    static func stream(_ value: Any, to sink: Sink) throws {
        var pending: [UInt8] = []
        pending.reserveCapacity(1 << 16)
        try write(value, indent: 0, into: &pending, flushingTo: sink)
        pending.append(0x0A)
        try sink(pending)
    }

    /// The elements of a long array, made and written a slice at a time on all cores and handed on
    /// in order: only one slice of written elements is held at a time (at 100,000 articles
    /// `events.json` is 790 MB).
    struct ParallelArray<T: Sendable>: ParallelArrayWriting {
        let items: [T]
        let value: @Sendable (T) -> Any

        func write(indent: Int, slice: Int, to sink: JSONText.Sink) throws {
            for start in stride(from: 0, to: items.count, by: slice) {
                let end = min(items.count, start + slice)
                let written = ParallelMap.map(Array(items[start..<end])) { item -> Result<[UInt8], any Error> in
                    Result {
                        var bytes: [UInt8] = []
                        try JSONText.write(value(item), indent: indent, into: &bytes)
                        return bytes
                    }
                }
                var out: [UInt8] = []
                out.reserveCapacity(written.reduce(0) { total, element in total + ((try? element.get().count) ?? 0) + indent + 2 })
                for (offset, element) in written.enumerated() {
                    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
                    out.append(contentsOf: try element.get())
                    out.append(contentsOf: start + offset < items.count - 1 ? [UInt8(ascii: ","), 0x0A] : [0x0A])
                }
                try sink(out)
            }
        }

        var isEmpty: Bool { items.isEmpty }
    }

    static func parallelArray<T: Sendable>(_ items: [T], _ value: @escaping @Sendable (T) -> Any) -> ParallelArray<T> {
        ParallelArray(items: items, value: value)
    }

    static let parallelSlice = 1024

    /// Writes `value` into `pending`, except that a parallel array inside it goes straight to `sink`
    /// (after what is pending).
    private static func write(_ value: Any, indent: Int, into pending: inout [UInt8], flushingTo sink: Sink) throws {
        switch value {
        case let array as ParallelArrayWriting where !array.isEmpty:
            pending.append(UInt8(ascii: "["))
            pending.append(0x0A)
            try sink(pending)
            pending.removeAll(keepingCapacity: true)
            try array.write(indent: indent + 2, slice: parallelSlice, to: sink)
            pending.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            pending.append(UInt8(ascii: "]"))
        case is ParallelArrayWriting:
            try write([Any](), indent: indent, into: &pending)
        case let dictionary as [String: Any] where dictionary.values.contains(where: { $0 is ParallelArrayWriting }):
            try writeMembers(of: dictionary, indent: indent, into: &pending) { value, inner, pending in
                try write(value, indent: inner, into: &pending, flushingTo: sink)
            }
        default:
            try write(value, indent: indent, into: &pending)
        }
    }

    /// The types the values are made of are told apart by their exact type first: a cast from
    /// `Any` that fails, or that turns `[[String: Any]]` into `[Any]`, goes through the runtime's
    /// bridging paths. Either way a value is written the same.
    private static func write(_ value: Any, indent: Int, into out: inout [UInt8]) throws {
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self): writeString(value as! String, into: &out)
        case ObjectIdentifier(Bool.self): writeBool(value as! Bool, into: &out)
        case ObjectIdentifier(Int.self): writeInt(value as! Int, into: &out)
        case ObjectIdentifier([String: Any].self): try writeObject(value as! [String: Any], indent: indent, into: &out)
        case ObjectIdentifier([Any].self): try writeArray(value as! [Any], indent: indent, into: &out)
        case ObjectIdentifier([[String: Any]].self): try writeArray(value as! [[String: Any]], indent: indent, into: &out)
        case ObjectIdentifier([String].self): try writeArray(value as! [String], indent: indent, into: &out)
        case ObjectIdentifier([String: String].self): try writeObject(value as! [String: String], indent: indent, into: &out)
        case ObjectIdentifier([[String: String]].self): try writeArray(value as! [[String: String]], indent: indent, into: &out)
        case ObjectIdentifier([String: [String: Any]].self): try writeObject(value as! [String: [String: Any]], indent: indent, into: &out)
        case ObjectIdentifier(NSNull.self): out.append(contentsOf: Array("null".utf8))
        default: try writeByCasting(value, indent: indent, into: &out)
        }
    }

    /// Any other type (a String bridged from NSString, an array of another element type, NSNull …).
    private static func writeByCasting(_ value: Any, indent: Int, into out: inout [UInt8]) throws {
        switch value {
        case let string as String: writeString(string, into: &out)
        case let bool as Bool: writeBool(bool, into: &out)
        case let int as Int: writeInt(int, into: &out)
        case let dictionary as [String: Any]: try writeObject(dictionary, indent: indent, into: &out)
        case let array as [Any]: try writeArray(array, indent: indent, into: &out)
        // Last: asking a Swift dictionary or array whether it is an NSNull bridges it to Foundation first.
        case is NSNull:
            out.append(contentsOf: Array("null".utf8))
        default:
            throw UnsupportedValue(type: String(describing: type(of: value)))
        }
    }

    private static func writeBool(_ bool: Bool, into out: inout [UInt8]) {
        out.append(contentsOf: Array((bool ? "true" : "false").utf8))
    }

    private static func writeInt(_ int: Int, into out: inout [UInt8]) {
        out.append(contentsOf: Array(String(int).utf8))
    }

    private static func writeObject<Value>(_ dictionary: [String: Value], indent: Int, into out: inout [UInt8]) throws {
        if dictionary.isEmpty {
            out.append(contentsOf: Array("{\n\n\(String(repeating: " ", count: indent))}".utf8))
            return
        }
        try writeMembers(of: dictionary, indent: indent, into: &out) { value, inner, out in
            try write(value, indent: inner, into: &out)
        }
    }

    private static func writeArray<Element>(_ array: [Element], indent: Int, into out: inout [UInt8]) throws {
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
    }

    /// A non-empty object, its keys in UTF-16 order, each value written by `member` at the
    /// members' indentation.
    private static func writeMembers<Value>(of dictionary: [String: Value], indent: Int, into out: inout [UInt8],
                                            member: (Any, Int, inout [UInt8]) throws -> Void) rethrows {
        out.append(UInt8(ascii: "{"))
        out.append(0x0A)
        let keys = dictionary.keys.sorted(by: utf16Order)
        for (i, key) in keys.enumerated() {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
            writeString(key, into: &out)
            out.append(contentsOf: Array(" : ".utf8))
            try member(dictionary[key]!, indent + 2, &out)
            if i < keys.count - 1 { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
        }
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        out.append(UInt8(ascii: "}"))
    }

    /// UTF-16 code unit order, which Foundation's sorted keys used. Byte order of UTF-8 is the same
    /// unless a character outside the Basic Multilingual Plane (4 UTF-8 bytes) is involved, and is
    /// much cheaper than transcoding each key to UTF-16 for every comparison.
    static func utf16Order(_ a: String, _ b: String) -> Bool {
        if a.utf8.contains(where: { $0 >= 0xF0 }) || b.utf8.contains(where: { $0 >= 0xF0 }) {
            return a.utf16.lexicographicallyPrecedes(b.utf16)
        }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
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
