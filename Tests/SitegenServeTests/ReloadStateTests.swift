import Foundation
import Testing
@testable import SitegenServe

struct ReloadStateTests {
    @Test func buildsAndFailuresBumpTheGeneration() async {
        let state = ReloadState()
        await state.built()
        #expect(await state.snapshot == .init(build: 1, generation: 1, error: nil))
        await state.failed("broken.mustache:3: unclosed section")
        #expect(await state.snapshot == .init(build: 1, generation: 2, error: "broken.mustache:3: unclosed section"))
        await state.built()
        #expect(await state.snapshot == .init(build: 2, generation: 3, error: nil), "a good build clears the error")
        await state.built(problems: "1 error")
        #expect(await state.snapshot == .init(build: 3, generation: 4, error: "1 error"))
    }

    @Test func waitAnswersAtOnceWhenBehind() async {
        let state = ReloadState()
        await state.built()
        let snapshot = await state.wait(since: -1, timeout: .seconds(30))
        #expect(snapshot.build == 1)
    }

    @Test func waitHoldsUntilAChange() async {
        let state = ReloadState()
        await state.built()
        let waiting = Task { await state.wait(since: 1, timeout: .seconds(30)) }
        try? await Task.sleep(for: .milliseconds(100))
        await state.built()
        let snapshot = await waiting.value
        #expect(snapshot.build == 2 && snapshot.generation == 2)
    }

    @Test func waitTimesOutWithTheSameState() async {
        let state = ReloadState()
        await state.built()
        let started = ContinuousClock.now
        let snapshot = await state.wait(since: 1, timeout: .milliseconds(200))
        #expect(snapshot.generation == 1)
        // Only that it returns at all: other suites' synchronous builds can hold both threads of
        // the cooperative pool for many seconds (13 s was seen under the thread sanitizer).
        #expect(ContinuousClock.now - started < .seconds(120))
    }

    @Test func closeReleasesWaitersAndLaterWaits() async {
        let state = ReloadState()
        let waiting = Task { await state.wait(since: 0, timeout: .seconds(60)) }
        try? await Task.sleep(for: .milliseconds(100))
        let started = ContinuousClock.now
        await state.close()
        _ = await waiting.value
        _ = await state.wait(since: 0, timeout: .seconds(60))
        // Well under the 60 s timeout, with room for a starved thread pool (see above).
        #expect(ContinuousClock.now - started < .seconds(45))
    }

    @Test func aCancelledWaitReturns() async {
        let state = ReloadState()
        let waiting = Task { await state.wait(since: 0, timeout: .seconds(60)) }
        try? await Task.sleep(for: .milliseconds(100))
        let started = ContinuousClock.now
        waiting.cancel()
        _ = await waiting.value
        #expect(ContinuousClock.now - started < .seconds(45))
    }
}
