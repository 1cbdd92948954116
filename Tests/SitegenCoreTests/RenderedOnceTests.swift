import Foundation
import Testing
@testable import SitegenCore

@Suite struct RenderedOnceTests {
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
    }

    /// Rendered once however often it is asked for; once forgotten, rendered again when asked.
    @Test func rendersOnceUntilForgotten() {
        let counter = Counter()
        let fragment = RenderedOnce(fingerprint: nil) { "<li>\(counter.next())</li>" }
        #expect(fragment.renderText == "<li>1</li>")
        #expect(fragment.renderText == "<li>1</li>")
        fragment.forget()
        #expect(fragment.renderText == "<li>2</li>")
    }
}
