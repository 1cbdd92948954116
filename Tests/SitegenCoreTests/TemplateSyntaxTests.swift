import Foundation
import Testing
@testable import SitegenCore

/// A Mustache syntax error in a user's template stops the build with the template's file, the line
/// of the tag at fault and what is wrong in words.
@Suite struct TemplateSyntaxTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var template: String
        var line: Int
        var message: String
        var testDescription: String { message }
    }

    static let cases = [
        Case(template: "{{> header}}\n<ul>\n{{#years}}\n<li>{{year}}</li>\n</ul>\n{{> footer}}\n",
             line: 3, message: "section {{#years}} is never closed with {{/years}}"),
        Case(template: "<p>\n{{#a}}\nx\n{{/b}}\n</p>\n", line: 4, message: "{{/b}} does not match {{#a}} opened on line 2"),
        Case(template: "<p>\n\n{{/b}}\n", line: 3, message: "{{/b}} closes a section that was never opened"),
        Case(template: "<p>\n{{^empty}}\n{{#a}}{{/a}}\n", line: 2, message: "section {{^empty}} is never closed with {{/empty}}"),
        Case(template: "<p>\n<b>{{title</b>\n</p>\n", line: 2, message: "a tag is not closed with }} or its name is malformed"),
    ]

    @Test(arguments: cases)
    func namesTemplateLineAndProblem(_ c: Case) throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("topic.mustache")
        try c.template.write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: SitegenError.template(file: file.path, line: c.line, message: c.message)) {
            _ = try TemplateSet(directory: root)
        }
    }

    @Test func theCommandLineReportsItAsFileColonLine() throws {
        let error = SitegenError.template(file: "/t/topic.mustache", line: 3, message: "section {{#years}} is never closed with {{/years}}")
        #expect(error.description == "/t/topic.mustache:3: section {{#years}} is never closed with {{/years}}")
    }
}
