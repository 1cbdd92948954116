import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare HTTP/1.1 client on a blocking socket, on a thread of its own: it sends the request target
/// exactly as written (URLSession and curl would tidy `/../` away before the server sees it).
enum HTTPProbe {
    struct Reply {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func get(_ port: Int, _ target: String, method: String = "GET", timeout: Int = 40) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try request(port: port, target: target, method: method, timeout: timeout) })
            }
        }
    }

    /// Whether anything accepts connections on the port.
    static func isListening(_ port: Int) -> Bool {
        guard let fd = try? connect(port: port, timeout: 2) else { return false }
        close(fd)
        return true
    }

    private static func connect(port: Int, timeout: Int) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port) (errno \(errno))")
        }
        return fd
    }

    private static func request(port: Int, target: String, method: String, timeout: Int) throws -> Reply {
        let fd = try connect(port: port, timeout: timeout)
        defer { close(fd) }
        let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else {
            throw Failure(description: "send failed")
        }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { break }
            guard n > 0 else { throw Failure(description: "no complete answer to \(method) \(target) (errno \(errno))") }
            received.append(contentsOf: buffer[0..<n])
            if let reply = parse(received, method: method) { return reply }
        }
        guard let reply = parse(received, method: method) else { throw Failure(description: "incomplete answer to \(method) \(target)") }
        return reply
    }

    /// The reply once its head and `Content-Length` bytes of body are in.
    private static func parse(_ data: Data, method: String) -> Reply? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Data(data[end.upperBound...])
        let length = method == "HEAD" ? 0 : Int(headers["content-length"] ?? "") ?? body.count
        guard body.count >= length else { return nil }
        return Reply(status: status, headers: headers, body: body.prefix(length))
    }
}
