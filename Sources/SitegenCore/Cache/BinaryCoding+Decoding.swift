import Foundation

// MARK: - Reading (see `BinaryCoding` for the format)

extension BinaryCoding {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        let path: String
        var description: String { path.isEmpty ? message : "\(message) at \(path)" }
    }

    /// The bytes being decoded, shared by every container of one value.
    final class Input {
        let bytes: [UInt8]
        /// Texts already made, by where they appear, for the references to them.
        private var texts: [Int: String] = [:]

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func failure(_ message: String, _ codingPath: [any CodingKey]) -> Failure {
            Failure(message: message, path: codingPath.map(\.stringValue).joined(separator: "."))
        }

        func byte(at position: Int) throws -> UInt8 {
            guard position >= 0, position < bytes.count else { throw failure("the value ends early", []) }
            return bytes[position]
        }

        func tag(at position: Int) throws -> Tag {
            guard let tag = Tag(rawValue: try byte(at: position)) else { throw failure("unknown value tag", []) }
            return tag
        }

        func varint(at position: inout Int) throws -> UInt64 {
            var number: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte(at: position)
                position += 1
                guard shift < 64 else { throw failure("a number is too long", []) }
                number |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return number }
                shift += 7
            }
        }

        /// A text or a reference to one before it (see `Output.string`), moving past it.
        func string(at position: inout Int) throws -> String {
            let start = position
            let head = try varint(at: &position)
            guard head & 1 == 1 else { return try text(at: start, head: head, movingTo: &position) }
            // Only backwards, to a text written out: a chain or a loop is damage.
            guard head >> 1 < UInt64(start) else { throw failure("a reference that does not point back", []) }
            let first = Int(head >> 1)
            if let known = texts[first] { return known }
            var cursor = first
            let firstHead = try varint(at: &cursor)
            guard firstHead & 1 == 0 else { throw failure("a reference to a reference", []) }
            return try text(at: first, head: firstHead, movingTo: &cursor)
        }

        /// The text written out at `start`, made once; `head` (its byte count times two) is read and
        /// `position` is just past it, and is moved past the text's bytes.
        private func text(at start: Int, head: UInt64, movingTo position: inout Int) throws -> String {
            let count = head >> 1
            guard count <= UInt64(bytes.count - position) else { throw failure("a length runs past the end", []) }
            let end = position + Int(count)
            if let known = texts[start] {
                position = end
                return known
            }
            guard let text = String(validating: bytes[position..<end], as: UTF8.self) else {
                throw failure("text that is not UTF-8", [])
            }
            texts[start] = text
            position = end
            return text
        }

        /// Where the text or reference at `position` ends.
        func endOfString(at position: Int) throws -> Int {
            var cursor = position
            let head = try varint(at: &cursor)
            if head & 1 == 1 { return cursor }
            guard head >> 1 <= UInt64(bytes.count - cursor) else { throw failure("a length runs past the end", []) }
            return cursor + Int(head >> 1)
        }

        /// A container's member count and where its members start and end.
        func container(_ expected: Tag, at position: Int, _ codingPath: [any CodingKey]) throws -> (count: Int, start: Int, end: Int) {
            guard try tag(at: position) == expected else {
                throw failure(expected == .keyed ? "expected an object" : "expected an array", codingPath)
            }
            var cursor = position + 1
            let count = try varint(at: &cursor)
            guard cursor + 4 <= bytes.count else { throw failure("the value ends early", codingPath) }
            var length = 0
            for k in 0..<4 { length |= Int(bytes[cursor + k]) << (8 * k) }
            cursor += 4
            // Every member takes at least one byte, so a count beyond the length is damage.
            guard length <= bytes.count - cursor, count <= UInt64(length) else { throw failure("a container runs past the end", codingPath) }
            return (Int(count), cursor, cursor + length)
        }

        /// Where the value after the one at `position` starts.
        func end(ofValueAt position: Int) throws -> Int {
            var cursor = position + 1
            switch try tag(at: position) {
            case .null, .falseValue, .trueValue: return cursor
            case .signed, .unsigned: _ = try varint(at: &cursor); return cursor
            case .double:
                guard cursor + 8 <= bytes.count else { throw failure("the value ends early", []) }
                return cursor + 8
            case .string: return try endOfString(at: cursor)
            case .keyed, .unkeyed: return try container(tag(at: position), at: position, []).end
            }
        }

        func decode<T: Decodable>(_ type: T.Type, at position: Int, codingPath: @autoclosure () -> [any CodingKey]) throws -> T {
            if T.self == String.self { return try string(at: position, codingPath()) as! T }
            if T.self == Int.self { return try integer(Int.self, at: position, codingPath()) as! T }
            if T.self == Bool.self { return try bool(at: position, codingPath()) as! T }
            return try T(from: ValueDecoder(input: self, position: position, codingPath: codingPath()))
        }

        func isNull(at position: Int) throws -> Bool { try tag(at: position) == .null }

        func bool(at position: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Bool {
            switch try tag(at: position) {
            case .trueValue: return true
            case .falseValue: return false
            default: throw failure("expected true or false", codingPath())
            }
        }

        func string(at position: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> String {
            guard try tag(at: position) == .string else { throw failure("expected text", codingPath()) }
            var cursor = position + 1
            return try string(at: &cursor)
        }

        func double(at position: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Double {
            switch try tag(at: position) {
            case .double:
                guard position + 9 <= bytes.count else { throw failure("the value ends early", codingPath()) }
                var bits: UInt64 = 0
                for k in 0..<8 { bits |= UInt64(bytes[position + 1 + k]) << (8 * UInt64(k)) }
                return Double(bitPattern: bits)
            case .signed, .unsigned: return Double(try integer(Int64.self, at: position, codingPath()))
            default: throw failure("expected a number", codingPath())
            }
        }

        func integer<N: FixedWidthInteger>(_ type: N.Type, at position: Int, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> N {
            var cursor = position + 1
            let result: N?
            switch try tag(at: position) {
            case .signed:
                let raw = try varint(at: &cursor)
                result = N(exactly: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
            case .unsigned:
                result = N(exactly: try varint(at: &cursor))
            default: throw failure("expected a whole number", codingPath())
            }
            guard let result else { throw failure("a number out of range for \(N.self)", codingPath()) }
            return result
        }
    }

    final class ValueDecoder: Decoder {
        let input: Input
        let position: Int
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(input: Input, position: Int, codingPath: [any CodingKey]) {
            self.input = input
            self.position = position
            self.codingPath = codingPath
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(try KeyedDecoding<Key>(input: input, position: position, codingPath: codingPath))
        }

        func unkeyedContainer() throws -> UnkeyedDecodingContainer {
            try UnkeyedDecoding(input: input, position: position, codingPath: codingPath)
        }

        func singleValueContainer() throws -> SingleValueDecodingContainer {
            SingleValueDecoding(input: input, position: position, codingPath: codingPath)
        }
    }

    struct KeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let input: Input
        let codingPath: [any CodingKey]
        private let members: [(key: String, position: Int)]
        /// Members are asked for in the order they were written, so the next one is tried first.
        private let next = Cursor()

        private final class Cursor { var index = 0 }

        init(input: Input, position: Int, codingPath: [any CodingKey]) throws {
            self.input = input
            self.codingPath = codingPath
            let (count, start, end) = try input.container(.keyed, at: position, codingPath)
            var members: [(key: String, position: Int)] = []
            members.reserveCapacity(count)
            var cursor = start
            for _ in 0..<count {
                let key = try input.string(at: &cursor)
                members.append((key, cursor))
                cursor = try input.end(ofValueAt: cursor)
                guard cursor <= end else { throw input.failure("an object runs past its end", codingPath) }
            }
            self.members = members
        }

        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        private func find(_ key: Key) -> Int? {
            let name = key.stringValue
            if next.index < members.count, members[next.index].key == name {
                next.index += 1
                return members[next.index - 1].position
            }
            guard let index = members.firstIndex(where: { $0.key == name }) else { return nil }
            next.index = index + 1
            return members[index].position
        }

        private func position(_ key: Key) throws -> Int {
            guard let position = find(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
            }
            return position
        }

        func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard let position = members.first(where: { $0.key == key.stringValue })?.position else { return true }
            return try input.isNull(at: position)
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try input.bool(at: position(key), codingPath + [key]) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try input.string(at: position(key), codingPath + [key]) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try input.double(at: position(key), codingPath + [key]) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try input.double(at: position(key), codingPath + [key])) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try input.integer(type, at: position(key), codingPath + [key]) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try input.decode(type, at: position(key), codingPath: codingPath + [key])
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(try KeyedDecoding<NestedKey>(input: input, position: position(key), codingPath: codingPath + [key]))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try UnkeyedDecoding(input: input, position: position(key), codingPath: codingPath + [key])
        }

        func superDecoder() throws -> Decoder { try superDecoder(forKey: Key(stringValue: "super")!) }

        func superDecoder(forKey key: Key) throws -> Decoder {
            ValueDecoder(input: input, position: try position(key), codingPath: codingPath + [key])
        }
    }

    struct UnkeyedDecoding: UnkeyedDecodingContainer {
        let input: Input
        let codingPath: [any CodingKey]
        let count: Int?
        private(set) var currentIndex = 0
        private var cursor: Int
        private let end: Int

        init(input: Input, position: Int, codingPath: [any CodingKey]) throws {
            self.input = input
            self.codingPath = codingPath
            let (count, start, end) = try input.container(.unkeyed, at: position, codingPath)
            self.count = count
            cursor = start
            self.end = end
        }

        var isAtEnd: Bool { currentIndex >= (count ?? 0) }

        private var path: [any CodingKey] { codingPath + [IndexKey(currentIndex)] }
        private func path(at index: Int) -> [any CodingKey] { codingPath + [IndexKey(index)] }

        /// The next element's position, moving past it.
        private mutating func advance() throws -> Int {
            guard !isAtEnd else { throw input.failure("an array has no more elements", path) }
            let position = cursor
            cursor = try input.end(ofValueAt: position)
            guard cursor <= end else { throw input.failure("an array runs past its end", path) }
            currentIndex += 1
            return position
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, try input.isNull(at: cursor) else { return false }
            _ = try advance()
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { let index = currentIndex; return try input.bool(at: advance(), path(at: index)) }
        mutating func decode(_ type: String.Type) throws -> String { let index = currentIndex; return try input.string(at: advance(), path(at: index)) }
        mutating func decode(_ type: Double.Type) throws -> Double { let index = currentIndex; return try input.double(at: advance(), path(at: index)) }
        mutating func decode(_ type: Float.Type) throws -> Float { let index = currentIndex; return Float(try input.double(at: advance(), path(at: index))) }
        mutating func decode(_ type: Int.Type) throws -> Int { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { let index = currentIndex; return try input.integer(type, at: advance(), path(at: index)) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let index = currentIndex
            return try input.decode(type, at: advance(), codingPath: path(at: index))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let at = path
            return KeyedDecodingContainer(try KeyedDecoding<NestedKey>(input: input, position: advance(), codingPath: at))
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            let at = path
            return try UnkeyedDecoding(input: input, position: advance(), codingPath: at)
        }

        mutating func superDecoder() throws -> Decoder {
            let at = path
            return ValueDecoder(input: input, position: try advance(), codingPath: at)
        }
    }

    struct SingleValueDecoding: SingleValueDecodingContainer {
        let input: Input
        let position: Int
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { (try? input.isNull(at: position)) ?? false }
        func decode(_ type: Bool.Type) throws -> Bool { try input.bool(at: position, codingPath) }
        func decode(_ type: String.Type) throws -> String { try input.string(at: position, codingPath) }
        func decode(_ type: Double.Type) throws -> Double { try input.double(at: position, codingPath) }
        func decode(_ type: Float.Type) throws -> Float { Float(try input.double(at: position, codingPath)) }
        func decode(_ type: Int.Type) throws -> Int { try input.integer(type, at: position, codingPath) }
        func decode(_ type: Int8.Type) throws -> Int8 { try input.integer(type, at: position, codingPath) }
        func decode(_ type: Int16.Type) throws -> Int16 { try input.integer(type, at: position, codingPath) }
        func decode(_ type: Int32.Type) throws -> Int32 { try input.integer(type, at: position, codingPath) }
        func decode(_ type: Int64.Type) throws -> Int64 { try input.integer(type, at: position, codingPath) }
        func decode(_ type: UInt.Type) throws -> UInt { try input.integer(type, at: position, codingPath) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try input.integer(type, at: position, codingPath) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try input.integer(type, at: position, codingPath) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try input.integer(type, at: position, codingPath) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try input.integer(type, at: position, codingPath) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try input.decode(type, at: position, codingPath: codingPath) }
    }
}
