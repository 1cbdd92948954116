import Foundation
import Testing
@testable import SitegenCore

/// Front-matter corrections: each kind of fact an editor can pin wins over extraction, is marked as
/// edited, is reported at its line when it cannot be used, and takes part in merging.
@Suite struct CorrectionTests {
    /// Seed 002: the 14th Political, Security and Defence Dialogue with the US, "Ngày 18/12" in
    /// Washington, its year inferred.
    static let dialogueSeed = "002_bbfadb0087711f81.txt"

    func corrected(_ yaml: String, seed: String = dialogueSeed, path: String = "fixed.txt") throws -> ExtractedArticle {
        TestSupport.extract("---\n" + yaml + "---\n" + (try TestSupport.seed(seed)), path: path)
    }

    func main(_ article: ExtractedArticle) throws -> Event { try #require(article.events.first { $0.primary }) }

    @Test func theUncorrectedSeedReadsWhatTheCorrectionsBelowChange() throws {
        let event = try main(TestSupport.extract(try TestSupport.seed(Self.dialogueSeed)))
        #expect(event.date.start == "2025-12-18" && event.date.inferred)
        #expect(event.location?.city == "Washington, D.C.")
        #expect(event.countries == ["US"])
        #expect(event.status == .held)
        #expect(!event.topics.contains { $0.id == "economy" })
        #expect(event.editedFields.isEmpty)
    }

    @Test func dateAndPlaceAndStatusWinAndAreMarkedEditedAtTheirLines() throws {
        let event = try main(try corrected("""
            correct:
              date: 2025-12-17
              place: Hà Nội
              status: planned

            """))
        #expect(event.date == EventDate(edited: "2025-12-17", line: 3))
        #expect(event.date.precision == .day && !event.date.inferred)
        #expect(event.location == Location(city: "Hà Nội", country: "VN"))
        #expect(event.status == .planned)
        #expect(event.editedFields == ["date", "location", "status"])
        #expect(event.evidence(for: "date")?.editedLine == 3)
        #expect(event.evidence(for: "location")?.editedLine == 4)
        #expect(event.evidence(for: "countries")?.isEdited == false, "a field left alone keeps its sentence")
    }

    @Test func anEmptyCorrectionChangesNothing() throws {
        let text = "---\ncorrect:\ncorrect_events:\n---\n" + (try TestSupport.seed(Self.dialogueSeed))
        let loaded = try ContentLoader(source: MemoryContentSource(texts: ["empty.txt": text])).load()
        #expect(loaded.diagnostics.isEmpty, "an empty key is not a mistake")
        let article = TestSupport.extractor.extract(TestSupport.cleaner.clean(try #require(loaded.documents.first)))
        #expect(try main(article).editedFields.isEmpty)
        #expect(try main(article).date.start == "2025-12-18")
    }

    @Test func aMonthOrYearIsKeptAtThePrecisionWritten() throws {
        let event = try main(try corrected("correct:\n  date: 2025-12\n"))
        #expect(event.date.start == "2025-12")
        #expect(event.date.precision == .month)
    }

    @Test func anotherPartnerMovesTheSeriesAndTheTitleToIt() throws {
        let event = try main(try corrected("correct:\n  countries: [Nhật Bản]\n"))
        #expect(event.countries == ["JP"])
        #expect(event.mechanism?.id == "vn-jp-political-security-defence-dialogue")
        #expect(event.title == "Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam - Nhật Bản lần thứ 14")
        #expect(event.editedFields == ["countries"])
    }

    @Test func aCountryCodeThatYAMLWouldReadAsFalseStaysACode() throws {
        let event = try main(try corrected("correct:\n  countries: [NO]\n"))
        #expect(event.countries == ["NO"])
    }

    @Test func coChairsReplaceThePeopleReadInEitherForm() throws {
        let event = try main(try corrected("""
            correct:
              co_chairs:
                - Thứ trưởng Ngoại giao Nguyễn Minh Vũ
                - {name: Kurt Campbell, title: Thứ trưởng Ngoại giao, country: Hoa Kỳ}

            """))
        #expect(event.participants == [
            Participant(name: "Nguyễn Minh Vũ", title: "Thứ trưởng Ngoại giao", country: "VN", role: .coChair),
            Participant(name: "Kurt Campbell", title: "Thứ trưởng Ngoại giao", country: "US", role: .coChair),
        ])
        #expect(event.isEdited("participants"))
        #expect(event.evidence(for: "participant:Nguyễn Minh Vũ")?.isEdited == true)
        #expect(event.evidence(for: "participant:Fleet White") == nil, "the people read from the text are gone with their sentences")
    }

    @Test func topicsReplaceTheListAndKeepTheSentencesTheTextGives() throws {
        let read = try main(TestSupport.extract(try TestSupport.seed(Self.dialogueSeed)))
        let event = try main(try corrected("correct:\n  topics: [economy, Quốc phòng]\n"))
        #expect(event.topics.map(\.id) == ["defence", "economy"])
        #expect(event.topics[0] == read.topics.first { $0.id == "defence" }, "defence is in the text, so its sentence stays")
        #expect(event.topics[1].sentence.isEmpty, "economy only the editor gives")
        #expect(event.editedFields == ["topics"])
    }

    @Test func seriesAndSessionRenameTheEvent() throws {
        let event = try main(try corrected("correct:\n  series: strategic-dialogue\n  session: 3\n"))
        #expect(event.mechanism == Mechanism(id: "vn-us-strategic-dialogue", name: "Đối thoại chiến lược Việt Nam - Hoa Kỳ", session: 3))
        #expect(event.title == "Đối thoại chiến lược Việt Nam - Hoa Kỳ lần thứ 3")
        #expect(event.evidence(for: "mechanism")?.editedLine == 3)
    }

    @Test func kindAndNoSeriesMakeAnotherKindOfEvent() throws {
        let event = try main(try corrected("correct:\n  kind: talks\n  series: ~\n"))
        #expect(event.kind == "talks")
        #expect(event.mechanism == nil)
        #expect(event.title == "Hội đàm Việt Nam - Hoa Kỳ")
        #expect(event.editedFields == ["kind", "mechanism"])
    }

    @Test func notEventDropsEveryEventAndWhatExtractionMissed() throws {
        let text = "---\nnot_event: true\n---\nBài bình luận về kinh tế thế giới năm nay.\n\nKhông có sự kiện đối ngoại nào."
        let before = TestSupport.extract(String(text.split(separator: "\n", maxSplits: 3)[3]))
        #expect(before.diagnostics.contains { $0.gap != nil }, "without the flag extraction reports what it missed")
        let after = TestSupport.extract(text)
        #expect(after.events.isEmpty)
        #expect(after.diagnostics.isEmpty)
        let seed = try corrected("not_event: true\n")
        #expect(seed.events.isEmpty, "a seed full of events has none once the editor says it reports none")
    }

    @Test func otherEventsAreFoundByAnchorOrIdAndAnAmbiguousMatchIsAnError() throws {
        let article = try corrected("""
            correct_events:
              - match: s16
                not_event: true
              - match: 1995-07-12-thiet-lap-quan-he-ngoai-giao-viet-nam-hoa-ky
                date: 1995-07-11
              - match: s5

            """)
        #expect(!article.events.contains { $0.kind == "visit" }, "s16, the visit, is dropped")
        let relations = try #require(article.events.first { $0.kind == "relations" && $0.date.start.hasPrefix("1995") })
        #expect(relations.date.start == "1995-07-11" && relations.isEdited("date"))
        let ambiguous = try #require(article.diagnostics.first { $0.line == 7 })
        #expect(ambiguous.severity == .error && ambiguous.file == "fixed.txt")
        #expect(ambiguous.message.contains("names 2 events"))
    }

    @Test func aPinnedDateKeepsAMainEventTheTextCannotDate() throws {
        let body = "Đối thoại Chiến lược Việt Nam - Nhật Bản lần thứ 9\n\nTại Tokyo, Thứ trưởng Ngoại giao Nguyễn Minh Vũ và Thứ trưởng Ngoại giao Nhật Bản Masataka Okano đã đồng chủ trì Đối thoại Chiến lược Việt Nam - Nhật Bản lần thứ 9.\n"
        let undated = TestSupport.extract(body)
        #expect(undated.events.isEmpty)
        #expect(undated.diagnostics.contains { $0.gap == .date })
        let pinned = TestSupport.extract("---\ncorrect:\n  date: 2024-06-20\n---\n" + body)
        let event = try main(pinned)
        #expect(event.date.start == "2024-06-20" && event.isEdited("date"))
        #expect(event.mechanism?.session == 9)
        #expect(!pinned.diagnostics.contains { $0.gap == .date })
    }

    @Test func aPinnedKindMakesAMainEventFromTheDatedLeadSentence() throws {
        let body = "Việt Nam và Nhật Bản bàn về hợp tác kinh tế\n\nNgày 5/3/2024, tại Hà Nội, Thứ trưởng Ngoại giao Nguyễn Minh Vũ và Đại sứ Nhật Bản Ito Naoki bàn về hợp tác kinh tế giữa hai nước.\n"
        let unread = TestSupport.extract(body)
        #expect(unread.events.isEmpty)
        #expect(unread.diagnostics.contains { $0.gap == .event })
        let event = try main(TestSupport.extract("---\ncorrect:\n  kind: meeting\n---\n" + body))
        #expect(event.kind == "meeting" && event.isEdited("kind"))
        #expect(event.date.start == "2024-03-05" && !event.isEdited("date"), "the date still comes from the text")
        #expect(event.sources.first?.sentenceIndex == 1)
    }

    @Test func correctionsThatCannotBeUsedNameTheFileAndLineAndLeaveTheFieldAlone() throws {
        let text = """
            ---
            title: Đối thoại
            correct:
              countries: [Wakanda]
              topics: [weather]
              series: tea-party
              kind: picnic
              place: Atlantis
              date: 2025-02-30
              plase: Hà Nội
              session: zero
            ---

            """ + (try TestSupport.seed(Self.dialogueSeed))
        let loaded = try ContentLoader(source: MemoryContentSource(texts: ["bad.txt": text])).load()
        let extracted = TestSupport.extractor.extract(TestSupport.cleaner.clean(try #require(loaded.documents.first)))
        let errors = (loaded.diagnostics + extracted.diagnostics).filter { $0.severity == .error }
        #expect(errors.allSatisfy { $0.file == "bad.txt" })
        func error(at line: Int) -> String? { errors.first { $0.line == line }?.message }
        #expect(error(at: 4)?.contains("unknown country \"Wakanda\"") == true)
        #expect(error(at: 5)?.contains("unknown topic \"weather\"") == true)
        #expect(error(at: 6)?.contains("unknown series \"tea-party\"") == true)
        #expect(error(at: 7)?.contains("unknown kind \"picnic\"") == true)
        #expect(error(at: 8)?.contains("unknown place \"Atlantis\"") == true)
        #expect(error(at: 9)?.contains("\"2025-02-30\" is not a date") == true)
        #expect(error(at: 10)?.contains("unknown correction \"plase\"") == true)
        #expect(error(at: 11)?.contains("session must be a whole number") == true)
        let event = try main(extracted)
        #expect(event.countries == ["US"] && event.kind == "dialogue" && event.location?.city == "Washington, D.C.")
        #expect(event.editedFields.isEmpty)
    }

    @Test func mergingUsesTheCorrectedKeysAndTheEditorsDateLeads() throws {
        // Seed 004 reads the 10th session; its editor says it is the 14th, held on 17/12/2025.
        let fourteenth = try TestSupport.seed(Self.dialogueSeed)
        let relabelled = try corrected("correct:\n  session: 14\n  date: 2025-12-17\n", seed: "004_89ba04cd1541c040.txt", path: "b.txt")
        let uncorrected = Merger.merge([TestSupport.extract(fourteenth, path: "a.txt"),
                                        TestSupport.extract(try TestSupport.seed("004_89ba04cd1541c040.txt"), path: "b.txt")])
        #expect(uncorrected.events.filter { $0.mechanism?.session == 14 }.count == 1)
        #expect(uncorrected.events.first { $0.mechanism?.session == 14 }?.sources.count == 1)

        let timeline = Merger.merge([TestSupport.extract(fourteenth, path: "a.txt"), relabelled])
        let merged = try #require(timeline.events.first { $0.mechanism?.session == 14 })
        #expect(Set(merged.sources.map(\.article)) == ["a", "b"])
        #expect(merged.date.start == "2025-12-17", "the edited date wins over the more precise reading of the other article")
        #expect(merged.isEdited("date"))
        #expect(merged.disagreements.contains { $0.field == "date" && $0.value == "2025-12-18" && $0.article == "a" })
    }
}
