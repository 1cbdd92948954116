import Foundation
import Testing
@testable import SitegenCore

@Suite struct ConstantFoldingTests {
    let constants: [String: Any] = [
        "t": ["hello": "Xin chào", "amp": "A & B", "empty": "", "lines": "one\ntwo", "braces": "{{x}}"],
        "site": ["base": "/vn/", "search": true],
    ]

    func fold(_ text: String) -> String {
        ConstantFolding.fold(text, roots: ["t", "site"]) { TemplateSet.render(tag: $0, constants) }
    }

    @Test func writesBuildWideValuesIntoTheText() {
        #expect(fold("<a href=\"{{site.base}}x/\">{{t.hello}}</a>") == "<a href=\"/vn/x/\">Xin chào</a>")
        #expect(fold("{{ t.amp }}|{{{t.amp}}}|{{& t.amp}}") == "A &amp; B|A & B|A & B")
    }

    @Test func leavesEverythingElseAsWritten() {
        for text in ["{{#site.search}}s{{/site.search}}", "{{^t.hello}}x{{/t.hello}}", "{{> header}}", "{{event.title}}",
                     "{{title}}", "{{t}}", "{{.}}", "{{t.missing}}", "{{uppercased(t.hello)}}", "{{! a note on {{t.hello}} }}"] {
            #expect(fold(text) == text)
        }
    }

    /// An empty value could leave a line standalone, a newline would shift a partial's indentation,
    /// and `{{` would be read as a tag.
    @Test func keepsTagsWhoseValueWouldChangeHowTheTemplateReads() {
        #expect(fold("{{#site.search}}{{t.empty}}\n{{/site.search}}") == "{{#site.search}}{{t.empty}}\n{{/site.search}}")
        #expect(fold("  {{t.lines}}") == "  {{t.lines}}")
        #expect(fold("{{t.braces}}") == "{{t.braces}}")
    }

    @Test func leavesTemplatesThatChangeDelimitersOrContentTypeWhole() {
        #expect(fold("{{=<% %>=}}<% t.hello %>{{t.hello}}") == "{{=<% %>=}}<% t.hello %>{{t.hello}}")
        #expect(fold("{{%CONTENT_TYPE:TEXT}}{{t.amp}}") == "{{%CONTENT_TYPE:TEXT}}{{t.amp}}")
    }

    @Test func anUnclosedTagEndsTheFolding() {
        #expect(fold("{{t.hello}} {{t.hello") == "Xin chào {{t.hello")
    }

    /// Every page of the seeds' site, in both languages, is byte for byte what the templates as
    /// written render from the same context.
    @Test(arguments: ["vi", "en"]) func theSeedsSiteIsUnchanged(language: String) throws {
        let written = try TemplateSet(directory: TestSupport.templatesDir)
        let t = try Translations.load(from: TestSupport.dataDir, language: language)
        let renderer = SiteRenderer(templates: written, knowledge: TestSupport.knowledge, translations: t,
                                    options: .init(baseURL: "/site/", language: language))
        let documents = try ContentLoader(source: DiskContentSource(root: TestSupport.seedsDir)).load().documents
        let timeline = Merger.merge(documents.map { TestSupport.extractor.extract(TestSupport.cleaner.clean($0)) })
        let (jobs, ctx) = renderer.pageJobs(timeline)
        defer { ctx.dropSummaries() }
        #expect(jobs.count > 50)
        for job in jobs {
            let context = job.context()
            let folded = renderer.templates.render(job.template, context)
            #expect(folded == written.render(job.template, context), "\(job.url)")
        }
    }
}
