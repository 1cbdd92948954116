import Foundation

/// FNV-1a with 128 bits, streaming: the key of cache entries and page fingerprints. Not
/// cryptographic; at 128 bits an accidental collision (a stale page) is not a practical concern,
/// and it needs no dependency.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    // Offset basis and prime of 128-bit FNV (prime = 2^88 + 0x13B).
    private var high: UInt64 = 0x6C62_272E_07BB_0142
    private var low: UInt64 = 0x62B8_2175_6295_C58D

    public init() {}

    public mutating func combine(bytes: UnsafeRawBufferPointer) {
        var h = high, l = low
        for byte in bytes {
            l ^= UInt64(byte)
            // (h·2^64 + l) · (2^88 + 0x13B) mod 2^128
            let (carry, product) = l.multipliedFullWidth(by: 0x13B)
            h = h &* 0x13B &+ carry &+ (l << 24)
            l = product
        }
        high = h
        low = l
    }

    public mutating func combine(_ data: Data) { data.withUnsafeBytes { combine(bytes: $0) } }

    public mutating func combine(_ string: String) {
        var copy = string
        copy.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
        combine(separator: 0xFF) // 0xFF never occurs in UTF-8, so "ab"+"c" and "a"+"bc" differ
    }

    public mutating func combine(_ value: Int) {
        withUnsafeBytes(of: value.littleEndian) { combine(bytes: $0) }
    }

    public mutating func combine(_ other: ContentHash) {
        combine(Int(bitPattern: UInt(other.high)))
        combine(Int(bitPattern: UInt(other.low)))
    }

    mutating func combine(separator: UInt8) {
        withUnsafeBytes(of: separator) { combine(bytes: $0) }
    }

    /// Order-independent sum of two hashes, for dictionaries whose key order is unspecified.
    static func &+ (a: ContentHash, b: ContentHash) -> ContentHash {
        var sum = ContentHash()
        let (l, overflow) = a.low.addingReportingOverflow(b.low)
        sum.low = l
        sum.high = a.high &+ b.high &+ (overflow ? 1 : 0)
        return sum
    }

    static var zero: ContentHash {
        var z = ContentHash()
        z.high = 0
        z.low = 0
        return z
    }

    /// 32 lowercase hex digits. Written by hand: `String(format:)` goes through Foundation, and a
    /// rebuild asks for the description of every page's fingerprint.
    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8](repeating: 0, count: 32)
        for (offset, word) in [(0, high), (16, low)] {
            for i in 0..<16 { text[offset + i] = digits[Int((word >> UInt64(60 - 4 * i)) & 0xF)] }
        }
        return String(decoding: text, as: UTF8.self)
    }

    public static func of(_ data: Data) -> ContentHash {
        var h = ContentHash()
        h.combine(data)
        return h
    }

    public static func of(_ strings: String...) -> ContentHash {
        var h = ContentHash()
        for s in strings { h.combine(s) }
        return h
    }
}
