import Testing
@testable import SitegenCore

@Suite struct CleanerTests {
    @Test func splitsTitleGluedToLead() {
        let a = TestSupport.clean("Việt - Anh đối thoại chiến lược lần đầu tiênPhiên họp Đối thoại chiến lược Việt Nam - Anh lần thứ nhất hôm qua diễn ra tại London.\nĐoạn hai có nội dung khác hẳn ở đây.")
        #expect(a.title == "Việt - Anh đối thoại chiến lược lần đầu tiên")
        #expect(a.sentences.first?.hasPrefix("Phiên họp Đối thoại") == true)
    }

    @Test func camelCaseNamesAreNotTitleBoundaries() {
        let a = TestSupport.clean("Thứ trưởng gặp Trợ lý Ngoại trưởng Michael DeSombre và Thượng nghị sĩ John McCain tại Washington trong chuyến thăm.")
        #expect(a.title == nil)
        #expect(a.sentences.count == 1)
    }

    @Test func dropsRepeatedLeadParagraph() {
        let text = "Tiêu đề bài viết về đối thoại\nPhiên họp diễn ra tại thủ đô London nhằm định hình quan hệ.\nPhiên họp diễn ra tại thủ đô London nhằm định hình quan hệ.Thứ trưởng và Quốc vụ khanh đồng chủ trì cuộc đối thoại."
        let a = TestSupport.clean(text)
        #expect(a.sentences == ["Phiên họp diễn ra tại thủ đô London nhằm định hình quan hệ.", "Thứ trưởng và Quốc vụ khanh đồng chủ trì cuộc đối thoại."])
    }

    @Test func textWithoutTitleLineHasNoTitle() throws {
        let a = TestSupport.clean(try TestSupport.seed("002_bbfadb0087711f81.txt"))
        #expect(a.title == nil)
        #expect(a.sentences.first?.hasPrefix("Ngày 18/12") == true)
    }

    @Test func removesWebBoilerplateAndKeepsAgency() throws {
        let a = TestSupport.clean(try TestSupport.seed("003_174f8e15c817e857.txt"))
        #expect(a.source == "VOV5")
        let all = a.sentences.joined(separator: " ")
        #expect(!all.contains("Chia sẻ"))
        #expect(!all.contains("Phản hồi"))
        #expect(!all.contains("Vui lòng nhập bình luận"))
        #expect(!all.contains("ảnh 1"))
        #expect(!all.contains("(VOV5)"))
        #expect(a.sentences.first?.hasPrefix("Bộ trưởng Ngoại giao và Phát triển David Lammy") == true)
    }

    @Test func trailingAgencyCreditAndEndMark() throws {
        let a = TestSupport.clean(try TestSupport.seed("000_d21efb39b5ae3e16.txt"))
        #expect(a.source == "TTXVN")
        #expect(a.sentences.last?.hasSuffix("20%.") == true)
        let b = TestSupport.clean(try TestSupport.seed("001_3016b4915d3f1670.txt"))
        #expect(b.sentences.last?.hasSuffix("Vương Đình Huệ.") == true)
        #expect(!b.sentences.contains { $0.hasPrefix("[") })
    }

    @Test func repairsSentencesGluedWithoutSpace() {
        #expect(Cleaner.repairGluedSentences("chiến tranh.Về hợp tác an ninh") == "chiến tranh. Về hợp tác an ninh")
        #expect(Cleaner.repairGluedSentences("chuyên ngành...Về các vấn đề") == "chuyên ngành... Về các vấn đề")
        #expect(Cleaner.repairGluedSentences("vào năm 2020.Nhân dịp này") == "vào năm 2020. Nhân dịp này")
        #expect(Cleaner.repairGluedSentences("thủ đô Washington D.C., Thứ trưởng") == "thủ đô Washington D.C., Thứ trưởng")
    }

    @Test func seed004SentencesAreSeparated() throws {
        let a = TestSupport.clean(try TestSupport.seed("004_89ba04cd1541c040.txt"))
        #expect(a.sentences.contains { $0.hasPrefix("Về hợp tác an ninh, hai bên") })
        #expect(a.sentences.contains { $0.hasPrefix("Nhân dịp này, Thứ trưởng Thường trực") })
    }

    @Test func datelineBecomesPublicationDate() {
        let a = TestSupport.clean("Việt Nam và Canada hội đàm về hợp tác\nThứ Năm, 19/12/2024 10:30 (GMT+7)\nHôm qua, hai Bộ trưởng Ngoại giao đã hội đàm tại Hà Nội về nhiều nội dung.")
        #expect(a.published == "2024-12-19")
        #expect(a.sentences.count == 1)
        let b = TestSupport.clean("Tiêu đề bài báo dài vừa phải\nNgày 19/12/2024, hai bên ký kết thỏa thuận hợp tác.")
        #expect(b.published == nil, "a sentence that starts with a date is not a date line")
    }

    @Test func frontMatterTitleWins() {
        let a = TestSupport.clean("---\ntitle: Tiêu đề từ biên tập viên\ndate: 2024-12-21\nsource: VOV5\n---\nĐoạn văn đầu tiên của bài báo có đủ dài để không là tiêu đề.\n")
        #expect(a.title == "Tiêu đề từ biên tập viên")
        #expect(a.published == "2024-12-21")
        #expect(a.source == "VOV5")
    }

    /// A plain-text body is not kept twice: its Markdown is made from its sentences, escaped so
    /// that none reads as markup. A Markdown body keeps its own markup.
    @Test func bodyMarkdownIsMadeFromPlainTextAndKeptFromMarkdown() {
        let text = TestSupport.clean("Tiêu đề bài báo dài vừa phải\nHai bên nhất trí tăng cường hợp tác *quốc phòng*. 3. Hai bên ký kết thỏa thuận.\n\nĐoạn thứ hai của bài báo có đủ dài.")
        #expect(text.writtenMarkdown == nil)
        #expect(text.markdown == "Hai bên nhất trí tăng cường hợp tác \\*quốc phòng\\*. 3\\. Hai bên ký kết thỏa thuận.\n\nĐoạn thứ hai của bài báo có đủ dài.\n")
        let markdown = TestSupport.clean("# Tiêu đề bài báo dài vừa phải\n\nHai bên nhất trí tăng cường hợp tác **quốc phòng**.\n\n- Đoạn thứ hai của bài báo có đủ dài.\n", path: "a.md")
        #expect(markdown.writtenMarkdown == "Hai bên nhất trí tăng cường hợp tác **quốc phòng**.\n\n- Đoạn thứ hai của bài báo có đủ dài.\n")
        #expect(markdown.markdown == markdown.writtenMarkdown)
    }

    @Test func joinedBlocksAreSeparatedByBlankLinesAndEndWithANewline() {
        #expect(MarkdownText.joinedBlocks([]) == "\n")
        #expect(MarkdownText.joinedBlocks(["một"]) == "một\n")
        #expect(MarkdownText.joinedBlocks(["một", "hai ba", ""]) == "một\n\nhai ba\n\n\n")
    }
}

@Suite struct SentenceSplitterTests {
    @Test func splitsOnStopBeforeCapital() {
        #expect(SentenceSplitter.split("Câu một. Câu hai! Câu ba? Câu bốn") == ["Câu một.", "Câu hai!", "Câu ba?", "Câu bốn"])
    }

    @Test func keepsInitialsAndAbbreviations() {
        #expect(SentenceSplitter.split("Tại thủ đô Washington D.C. Thứ trưởng phát biểu.").count == 1)
        #expect(SentenceSplitter.split("Ông gặp TP. Hồ Chí Minh hôm qua.").count == 1)
    }

    @Test func lowercaseAfterStopDoesNotSplit() {
        #expect(SentenceSplitter.split("Tăng 2.5 lần so với năm ngoái. và hơn thế").count == 1)
    }
}
