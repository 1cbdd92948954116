/// A problem found while building, always tied to the file that caused it so an editor can fix it.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var message: String
    /// What extraction could not establish, when that is what the diagnostic reports: lets `check`
    /// and front-matter corrections recognise it without reading the message.
    public var gap: ExtractionGap?

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String, gap: ExtractionGap? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
        self.gap = gap
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(severity.rawValue): \(location): \(message)"
    }
}

/// A fact the extract stage looked for in an article and did not find.
public enum ExtractionGap: String, Sendable, Codable {
    /// No partner country in the headline or lead.
    case partner
    /// No event reported in the headline or lead.
    case event
    /// An event was reported but its date could not be worked out, so it was left out.
    case date
}
