import Foundation
import Testing
@testable import SitegenCore

/// Events are coded (for the build cache) with their small parts as arrays; every value, edited or
/// read, present or absent, must come back as it went in.
@Suite struct CompactEventPartsTests {
    @Test func anEventComesBackFromTheCacheAsItWent() throws {
        let source = EventSource(article: "002-bbfa", sentence: "Ngày 18/12, hai bên đã họp \"lần thứ 14\".", sentenceIndex: 3)
        let event = Event(
            id: "2025-12-18-x", title: "Đối thoại", kind: "dialogue", status: .held,
            date: EventDate(start: "2025-12-18", precision: .day, inferred: true, basis: "năm của bài"),
            countries: ["US"], mechanism: Mechanism(id: "vn-us-x", name: "Đối thoại", session: 14, part: nil),
            location: Location(city: "Washington D.C.", country: "US"),
            participants: [Participant(name: "Lê Văn A", title: "Thứ trưởng", country: "VN", role: .coChair),
                           Participant(name: "John Doe", title: "", country: nil, role: .participant)],
            topics: [TopicEvidence(id: "defence", sentence: source.sentence), TopicEvidence(id: "war-legacy", sentence: "")],
            primary: true, sources: [source],
            disagreements: [Disagreement(field: "location", value: "Hà Nội", article: "003-c")],
            evidence: [FieldSource(field: "date", source: source), FieldSource.edited("kind", article: "002-bbfa", line: 7)])
        let data = try JSONEncoder().encode([event])
        let back = try JSONDecoder().decode([Event].self, from: data)
        #expect(back == [event])
        #expect(back[0].evidence[1].editedLine == 7 && back[0].evidence[0].editedLine == nil)
        #expect(back[0].participants[1].country == nil)
    }

    @Test func aShortArrayIsAnErrorNotACrash() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EventSource.self, from: Data(#"["a", "b"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(FieldSource.self, from: Data(#"{"field": "x"}"#.utf8)) }
    }
}
