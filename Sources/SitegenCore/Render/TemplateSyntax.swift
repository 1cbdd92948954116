import Foundation
import Mustache

/// Turns a Mustache parse error into a line and words an editor can act on.
///
/// The parser reports where it gave up: for a section that is never closed that is the end of the
/// file, and its error names ("expectedSectionEnd") are not sentences. Sections are therefore
/// matched here once more, so the message points at the tag that opened or closed wrongly.
enum TemplateSyntax {
    struct Problem: Equatable {
        var line: Int
        var message: String
    }

    static func problem(_ error: MustacheTemplate.ParserError, in text: String) -> Problem {
        if let mismatch = sectionMismatch(in: text) { return mismatch }
        let message: String
        switch error.error {
        case MustacheTemplate.Error.unfinishedName: message = "a tag is not closed with }} or its name is malformed"
        case MustacheTemplate.Error.invalidSetDelimiter: message = "malformed set-delimiter tag"
        case MustacheTemplate.Error.expectedSectionEnd: message = "a section is never closed"
        case MustacheTemplate.Error.sectionCloseNameIncorrect: message = "a closing tag does not match the open section"
        default: message = "Mustache syntax error (\(error.error))"
        }
        return Problem(line: error.context.lineNumber, message: message)
    }

    /// The first section opened and not closed, or closed without being opened, with the line of
    /// the tag at fault. Templates that change delimiters ({{=<% %>=}}) are left to the parser.
    static func sectionMismatch(in text: String) -> Problem? {
        var open: [(tag: String, name: String, line: Int)] = []
        var line = 1
        var rest = Substring(text)
        while let start = rest.range(of: "{{") {
            line += rest[..<start.lowerBound].count(where: \.isNewline)
            let afterOpen = rest[start.upperBound...]
            guard let end = afterOpen.range(of: "}}") else { return nil }
            let tag = afterOpen[..<end.lowerBound]
            let tagLine = line
            line += tag.count(where: \.isNewline)
            rest = afterOpen[end.upperBound...]
            guard let sigil = tag.first else { continue }
            let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "=": return nil
            case "#", "^", "$", "<": open.append(("{{\(sigil)\(name)}}", name, tagLine))
            case "/":
                guard let top = open.popLast() else {
                    return Problem(line: tagLine, message: "{{/\(name)}} closes a section that was never opened")
                }
                if top.name != name {
                    return Problem(line: tagLine, message: "{{/\(name)}} does not match \(top.tag) opened on line \(top.line)")
                }
            default: continue
            }
        }
        if let unclosed = open.last {
            return Problem(line: unclosed.line, message: "section \(unclosed.tag) is never closed with {{/\(unclosed.name)}}")
        }
        return nil
    }
}
