import Foundation
import Testing
@testable import SitegenCore

/// `sitegen new`: the file's name, front matter and date, and that nothing is ever overwritten.
@Suite struct NewArticleTests {
    let title = "Đối thoại \"Chiến lược\" Việt Nam - Nhật Bản lần thứ 12"
    /// 4 March 2025, 20:00 UTC: already 5 March in Hà Nội.
    let evening = Date(timeIntervalSince1970: 1_741_118_400)
    let hanoi = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    @Test func createsAFileNamedFromTheTitleWithFrontMatterAndTheLocalDate() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try NewArticle.create(title: title, in: folder, today: evening, timeZone: hanoi)
        #expect(file.lastPathComponent == "doi-thoai-chien-luoc-viet-nam-nhat-ban-lan-thu-12.md")
        let loaded = try ContentLoader(source: DiskContentSource(root: folder)).load()
        let document = try #require(loaded.documents.first)
        #expect(document.frontMatter.title == title, "quotes in the title survive the YAML")
        #expect(document.frontMatter.published == "2025-03-05")
        #expect(document.frontMatter.corrections.isEmpty, "the correction example is a comment")
        #expect(loaded.diagnostics.map(\.message) == ["the article has no text"], "the body is left for the article")
    }

    @Test func neverOverwritesAnArticle() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try NewArticle.create(title: title, in: folder, today: evening, timeZone: hanoi)
        try "edited by hand".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try NewArticle.create(title: title, in: folder)
        } throws: { error in
            "\(error)".contains(file.lastPathComponent) && "\(error)".contains("already exists")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited by hand")

        // A .txt of the same name would share the page id, so it blocks the name too.
        try "Bài cũ.".write(to: folder.appendingPathComponent("bai-moi.txt"), atomically: true, encoding: .utf8)
        #expect(throws: SitegenError.self) { try NewArticle.create(title: "Bài mới", in: folder) }
    }

    @Test func aTitleWithNothingToNameTheFileAfterIsRefused() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: SitegenError.self) { try NewArticle.create(title: " !!! ", in: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
