import Foundation

/// A compact binary form of Codable values for the build cache: what JSON holds, without its text.
///
/// Decoding the cache with JSONDecoder was most of a one-article rebuild's time before rendering
/// (10.6 s of 47.8 s at 100,000 articles), and encoding it took 10.5 s of a clean build. Here a
/// value is a tag byte and its payload: numbers as variable-length integers, strings as a length
/// and their UTF-8 bytes (a repeated string as where it first appears), and objects and arrays as
/// a count and a byte length (so a reader can step over one) followed by their members, an
/// object's each with its key. Keys are kept, so a reader
/// finds members by name as with JSON and a value absent from the bytes is absent, not misread.
///
/// Every read is bounds-checked and every mismatch (another tag, a number out of range, text that
/// is not UTF-8) throws: bytes that are not such a value are a cache miss, never a crash.
enum BinaryCoding {
    /// The first byte of every encoded value, so bytes of another format are refused outright.
    static let formatMark: UInt8 = 0xB2

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = ValueEncoder(codingPath: [])
        try value.encode(to: encoder)
        var output = Output()
        output.write(encoder.value ?? .keyed(KeyedBox()))
        return Data(output.bytes)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let input = Input(Array(data))
        guard input.bytes.first == formatMark else { throw input.failure("not a sitegen binary value", []) }
        return try input.decode(T.self, at: 1, codingPath: [])
    }

    enum Tag: UInt8 {
        case null = 0, falseValue, trueValue, signed, unsigned, double, string, keyed, unkeyed
    }
}

// MARK: - Values being encoded

extension BinaryCoding {
    final class KeyedBox {
        var members: [(key: String, value: Value)] = []
    }

    final class UnkeyedBox {
        var items: [Value] = []
    }

    /// A value as the encoder builds it: containers are filled after they are handed out, so they
    /// are boxes, and the bytes are written once the whole value is known.
    enum Value {
        case null
        case bool(Bool)
        case signed(Int64)
        case unsigned(UInt64)
        case double(Double)
        case string(String)
        case keyed(KeyedBox)
        case unkeyed(UnkeyedBox)
    }

    /// Text compared and hashed by its exact bytes: the cache must give back the bytes it was
    /// given, and two canonically equivalent texts are equal Strings.
    struct ExactText: Hashable {
        let text: String

        func hash(into hasher: inout Hasher) {
            var copy = text
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    }

    /// The bytes of a value being written.
    struct Output {
        var bytes: [UInt8] = [BinaryCoding.formatMark]
        /// Where each text was first written: a repeat is written as a reference to it. Events
        /// repeat their article's sentences (sources, topics, evidence), and the references spare
        /// a reader making and checking the same text again.
        private var written: [ExactText: Int] = [:]

        mutating func write(_ value: Value) {
            switch value {
            case .null: bytes.append(Tag.null.rawValue)
            case .bool(let flag): bytes.append(flag ? Tag.trueValue.rawValue : Tag.falseValue.rawValue)
            case .signed(let number):
                bytes.append(Tag.signed.rawValue)
                varint(UInt64(bitPattern: (number << 1) ^ (number >> 63)))
            case .unsigned(let number):
                bytes.append(Tag.unsigned.rawValue)
                varint(number)
            case .double(let number):
                bytes.append(Tag.double.rawValue)
                withUnsafeBytes(of: number.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
            case .string(let text):
                bytes.append(Tag.string.rawValue)
                string(text)
            case .keyed(let box):
                container(.keyed, count: box.members.count) { output in
                    for (key, value) in box.members {
                        output.string(key)
                        output.write(value)
                    }
                }
            case .unkeyed(let box):
                container(.unkeyed, count: box.items.count) { output in
                    for item in box.items { output.write(item) }
                }
            }
        }

        /// Tag, member count, then the members' byte length (4 bytes, filled in once they are written).
        private mutating func container(_ tag: Tag, count: Int, members: (inout Output) -> Void) {
            bytes.append(tag.rawValue)
            varint(UInt64(count))
            let lengthAt = bytes.count
            bytes.append(contentsOf: [0, 0, 0, 0])
            members(&self)
            let length = UInt32(truncatingIfNeeded: bytes.count - lengthAt - 4)
            for k in 0..<4 { bytes[lengthAt + k] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(k))) }
        }

        /// A text's first appearance: its byte count times two, then its UTF-8 bytes. A repeat: the
        /// position of the first appearance times two, plus one.
        mutating func string(_ text: String) {
            let key = ExactText(text: text)
            if let first = written[key] {
                varint(UInt64(first) << 1 | 1)
                return
            }
            written[key] = bytes.count
            varint(UInt64(text.utf8.count) << 1)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func varint(_ number: UInt64) {
            var rest = number
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }
    }
}

// MARK: - Encoder

extension BinaryCoding {
    final class ValueEncoder: Encoder {
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        /// Set by the first container asked for (or the single value encoded).
        var value: Value?

        init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let box: KeyedBox
            if case .keyed(let existing) = value { box = existing } else { box = KeyedBox(); value = .keyed(box) }
            return KeyedEncodingContainer(KeyedEncoding<Key>(box: box, codingPath: codingPath))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            let box: UnkeyedBox
            if case .unkeyed(let existing) = value { box = existing } else { box = UnkeyedBox(); value = .unkeyed(box) }
            return UnkeyedEncoding(box: box, codingPath: codingPath)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { SingleValueEncoding(encoder: self) }

        /// A value of any Encodable type: the common ones directly, the rest through their `encode(to:)`.
        static func value<T: Encodable>(of item: T, codingPath: [any CodingKey]) throws -> Value {
            switch item {
            case let text as String: return .string(text)
            case let number as Int: return .signed(Int64(number))
            case let flag as Bool: return .bool(flag)
            case let number as Double: return .double(number)
            default:
                let encoder = ValueEncoder(codingPath: codingPath)
                try item.encode(to: encoder)
                return encoder.value ?? .keyed(KeyedBox())
            }
        }
    }

    struct KeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: KeyedBox
        let codingPath: [any CodingKey]

        private func add(_ value: Value, _ key: Key) { box.members.append((key.stringValue, value)) }

        mutating func encodeNil(forKey key: Key) { add(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) { add(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) { add(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) { add(.double(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) { add(.double(Double(value)), key) }
        mutating func encode(_ value: Int, forKey key: Key) { add(.signed(Int64(value)), key) }
        mutating func encode(_ value: Int8, forKey key: Key) { add(.signed(Int64(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) { add(.signed(Int64(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) { add(.signed(Int64(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) { add(.signed(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) { add(.unsigned(UInt64(value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) { add(.unsigned(UInt64(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) { add(.unsigned(UInt64(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) { add(.unsigned(UInt64(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) { add(.unsigned(value), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            add(try ValueEncoder.value(of: value, codingPath: codingPath + [key]), key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = KeyedBox()
            add(.keyed(nested), key)
            return KeyedEncodingContainer(KeyedEncoding<NestedKey>(box: nested, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let nested = UnkeyedBox()
            add(.unkeyed(nested), key)
            return UnkeyedEncoding(box: nested, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            let encoder = ValueEncoder(codingPath: codingPath + [key])
            let nested = KeyedBox()
            encoder.value = .keyed(nested)
            add(.keyed(nested), key)
            return encoder
        }
    }

    struct UnkeyedEncoding: UnkeyedEncodingContainer, PrimitiveSink {
        let box: UnkeyedBox
        let codingPath: [any CodingKey]
        var count: Int { box.items.count }

        func add(_ value: Value) { box.items.append(value) }
        private var nextKey: any CodingKey { IndexKey(count) }

        mutating func encode<T: Encodable>(_ value: T) throws { add(try ValueEncoder.value(of: value, codingPath: codingPath + [nextKey])) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = KeyedBox()
            let path = codingPath + [nextKey]
            add(.keyed(nested))
            return KeyedEncodingContainer(KeyedEncoding<NestedKey>(box: nested, codingPath: path))
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let nested = UnkeyedBox()
            let path = codingPath + [nextKey]
            add(.unkeyed(nested))
            return UnkeyedEncoding(box: nested, codingPath: path)
        }

        mutating func superEncoder() -> Encoder {
            let encoder = ValueEncoder(codingPath: codingPath + [nextKey])
            let nested = KeyedBox()
            encoder.value = .keyed(nested)
            add(.keyed(nested))
            return encoder
        }
    }

    struct SingleValueEncoding: SingleValueEncodingContainer, PrimitiveSink {
        let encoder: ValueEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        func add(_ value: Value) { encoder.value = value }

        mutating func encode<T: Encodable>(_ value: T) throws { add(try ValueEncoder.value(of: value, codingPath: codingPath)) }
    }

    /// The primitive `encode` methods, which unkeyed and single-value containers spell alike.
    protocol PrimitiveSink {
        func add(_ value: Value)
    }

    /// An array element's place in a coding path.
    struct IndexKey: CodingKey {
        let intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }
}

extension BinaryCoding.PrimitiveSink {
    func encodeNil() { add(.null) }
    func encode(_ value: Bool) { add(.bool(value)) }
    func encode(_ value: String) { add(.string(value)) }
    func encode(_ value: Double) { add(.double(value)) }
    func encode(_ value: Float) { add(.double(Double(value))) }
    func encode(_ value: Int) { add(.signed(Int64(value))) }
    func encode(_ value: Int8) { add(.signed(Int64(value))) }
    func encode(_ value: Int16) { add(.signed(Int64(value))) }
    func encode(_ value: Int32) { add(.signed(Int64(value))) }
    func encode(_ value: Int64) { add(.signed(value)) }
    func encode(_ value: UInt) { add(.unsigned(UInt64(value))) }
    func encode(_ value: UInt8) { add(.unsigned(UInt64(value))) }
    func encode(_ value: UInt16) { add(.unsigned(UInt64(value))) }
    func encode(_ value: UInt32) { add(.unsigned(UInt64(value))) }
    func encode(_ value: UInt64) { add(.unsigned(value)) }
}
