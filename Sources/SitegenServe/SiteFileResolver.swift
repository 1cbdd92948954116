import Foundation

/// Maps a request path to a file inside the served folder: percent-decoding, `index.html` for a
/// folder, a redirect for a folder asked for without its trailing slash, and never a file outside the
/// folder, whatever `..`, encoded dots (`%2e%2e`) or symbolic links the path holds.
public struct SiteFileResolver: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// Serve this file.
        case file(URL)
        /// A folder asked for without its slash: send the browser here, so relative links resolve.
        case redirect(String)
        case notFound
        /// The path tries to leave the folder or cannot be decoded.
        case forbidden
    }

    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// - Parameter requestPath: the path of the request as received (percent-encoded, no query).
    public func resolve(_ requestPath: String) -> Resolution {
        let parts: [String]
        switch Self.decode(requestPath) {
        case .invalid: return .forbidden
        case .hidden: return .notFound
        case .parts(let decoded): parts = decoded
        }
        let fm = FileManager.default
        var target = root
        for part in parts { target.appendPathComponent(part) }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            if !parts.isEmpty, !requestPath.hasSuffix("/") { return .redirect(requestPath + "/") }
            target.appendPathComponent("index.html")
            guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return .notFound }
        }
        // A symbolic link inside the site must not lead out of it.
        let realRoot = root.resolvingSymlinksInPath().path
        let realTarget = target.resolvingSymlinksInPath().path
        guard realTarget.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else { return .forbidden }
        return .file(target)
    }

    enum Decoded: Equatable {
        case parts([String])
        /// A hidden name (the output marker, an editor's file): not served.
        case hidden
        /// Undecodable, a NUL or backslash, or a `..` that climbs out.
        case invalid
    }

    /// The percent-decoded path components, `.` dropped; any `..` is refused outright rather than
    /// resolved, so no spelling of it can reach a parent folder.
    static func decode(_ requestPath: String) -> Decoded {
        guard let decoded = requestPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return .invalid }
        var parts: [String] = []
        var hidden = false
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { return .invalid }
            if part.hasPrefix(".") { hidden = true }
            parts.append(String(part))
        }
        return hidden ? .hidden : .parts(parts)
    }
}
