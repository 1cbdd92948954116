/// Errors that stop a build; each names the file (and line where known) so the user can fix it.
public enum SitegenError: Error, CustomStringConvertible, Equatable {
    case dataFile(file: String, line: Int?, message: String)
    case template(file: String, line: Int?, message: String)
    case output(path: String, message: String)
    case content(path: String, message: String)

    public var description: String {
        switch self {
        case .dataFile(let file, let line, let message): return "\(Self.location(file, line)): \(message)"
        case .template(let file, let line, let message): return "\(Self.location(file, line)): \(message)"
        case .output(let path, let message): return "\(path): \(message)"
        case .content(let path, let message): return "\(path): \(message)"
        }
    }

    private static func location(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}
