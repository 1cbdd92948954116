import Foundation
import Yams

/// One YAML file of `data/`, parsed into a node tree before decoding so that any problem (a syntax
/// error, an entry of the wrong shape, a missing field, a value another file contradicts) can be
/// reported with the file, the entry and its line: an editor of these files is not a programmer.
struct DataFile {
    let url: URL
    let root: Node

    static func read(_ url: URL) throws -> DataFile {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw SitegenError.dataFile(file: url.path, line: nil, message: "cannot read the file (\(error.localizedDescription))")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw SitegenError.dataFile(file: url.path, line: line(of: error), message: "YAML syntax error: \(problem(of: error))")
        } catch {
            throw SitegenError.dataFile(file: url.path, line: nil, message: "YAML syntax error: \(error)")
        }
        guard let node else { throw SitegenError.dataFile(file: url.path, line: nil, message: "the file is empty") }
        return DataFile(url: url, root: node)
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: root)
        } catch let error as DecodingError {
            let (path, message): ([CodingKey], String)
            switch error {
            case .keyNotFound(let key, let context): (path, message) = (context.codingPath, "missing key \"\(key.stringValue)\"")
            case .typeMismatch(let type, let context):
                (path, message) = (context.codingPath, "expected \(Self.kind(of: type)), found \(node(at: context.codingPath).map(Self.describe) ?? "something else")")
            case .valueNotFound(let type, let context): (path, message) = (context.codingPath, "expected \(Self.kind(of: type)), found nothing")
            case .dataCorrupted(let context): (path, message) = (context.codingPath, context.debugDescription)
            @unknown default: (path, message) = ([], "\(error)")
            }
            throw self.error(at: path, message)
        } catch let error as YamlError {
            throw SitegenError.dataFile(file: url.path, line: Self.line(of: error), message: Self.problem(of: error))
        }
    }

    /// An error about the entry at `index` of a top-level list (or of the list under `key`).
    func error(entry index: Int, under key: String? = nil, _ message: String) -> SitegenError {
        var path: [CodingKey] = []
        if let key { path.append(Key(stringValue: key)) }
        path.append(Key(intValue: index))
        return error(at: path, message)
    }

    /// An error about the value under a key of a top-level mapping.
    func error(key: String, _ message: String) -> SitegenError {
        error(at: [Key(stringValue: key)], message)
    }

    /// Names the place in the file as "entry 3 (defence) → cues → entry 2" and gives the line of the
    /// deepest node the path reaches.
    func error(at path: [CodingKey], _ message: String) -> SitegenError {
        var node: Node? = root
        var line = root.mark?.line
        var words: [String] = []
        for key in path {
            guard let current = node else { break }
            if let index = key.intValue {
                var word = "entry \(index + 1)"
                let child = current.sequence.flatMap { index < $0.count ? $0[index] : nil }
                if let name = child.flatMap(Self.entryName) { word += " (\(name))" }
                words.append(word)
                node = child
                if let mark = child?.mark { line = mark.line }
            } else {
                words.append(key.stringValue)
                // The key's own line: a mapping value's node starts at its first inner key, maybe lines later.
                let pair = current.mapping?.first { $0.key.string == key.stringValue }
                node = pair?.value
                if let mark = pair?.key.mark { line = mark.line }
            }
        }
        let location = words.joined(separator: " → ")
        return SitegenError.dataFile(file: url.path, line: line, message: location.isEmpty ? message : "\(location): \(message)")
    }

    /// The value that names an entry, so the message says which country or topic is at fault.
    private static func entryName(_ node: Node) -> String? {
        for key in ["id", "code", "city", "country", "phrase", "vi", "tier"] {
            if let value = node[key]?.scalar?.string, !value.isEmpty { return value }
        }
        return nil
    }

    private func node(at path: [CodingKey]) -> Node? {
        var node: Node? = root
        for key in path {
            if let index = key.intValue {
                node = node?.sequence.flatMap { index < $0.count ? $0[index] : nil }
            } else {
                node = node?.mapping?.first { $0.key.string == key.stringValue }?.value
            }
        }
        return node
    }

    /// What a YAML value is, in an editor's words (Yams names the node kinds it expected).
    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is String.Type, is Node.Scalar.Type: return "a single value"
        case is Node.Sequence.Type: return "a list"
        case is Node.Mapping.Type: return "a mapping of keys to values"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "a mapping of keys to values" }
            return name
        }
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"\(scalar.string.prefix(60))\""
        case .sequence: return "a list"
        case .mapping: return "a mapping of keys to values"
        case .alias: return "an alias"
        }
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        case .duplicatedKeysInMapping(_, let context): return context.mark.line
        case .reader(_, let offset, _, let yaml):
            guard let offset, offset <= yaml.utf8.count else { return nil }
            return yaml.utf8.prefix(offset).count(where: { $0 == UInt8(ascii: "\n") }) + 1
        default: return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _), .reader(let problem, _, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _): return "duplicated key \(duplicates.joined(separator: ", "))"
        default: return "\(error)"
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) {
            self.intValue = intValue
            stringValue = "\(intValue)"
        }
    }
}
