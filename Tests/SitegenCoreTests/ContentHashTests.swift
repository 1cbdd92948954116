import Testing
@testable import SitegenCore

@Suite struct ContentHashTextTests {
    @Test func describesItselfAs32LowercaseHexDigits() {
        let empty = ContentHash()
        #expect(empty.description == "6c62272e07bb014262b821756295c58d", "the offset basis, high word first")
        let text = ContentHash.of("Việt Nam").description
        #expect(text.count == 32 && text.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(ContentHash.zero.description == String(repeating: "0", count: 32))
    }
}
