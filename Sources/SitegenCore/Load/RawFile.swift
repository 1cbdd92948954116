import Foundation

/// One content file's bytes as read, before decoding.
public struct RawFile: Sendable {
    public struct ReadFailure: Error, Sendable { public var message: String }

    public var path: String
    public var contents: Result<Data, ReadFailure>

    public init(path: String, contents: Result<Data, ReadFailure>) {
        self.path = path
        self.contents = contents
    }
}
