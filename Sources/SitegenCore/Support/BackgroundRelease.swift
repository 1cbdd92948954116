import Foundation

/// Lets go of a large value on a background thread, so the build goes on, or ends, without waiting
/// for hundreds of thousands of objects to be freed one by one: at 100,000 articles that took a
/// few seconds at the end of a build. A command-line build exits before the freeing is done, and
/// the system takes the process's memory back at once.
enum BackgroundRelease {
    private final class Holder: @unchecked Sendable {
        var value: Any?
        init(_ value: Any) { self.value = value }
    }

    /// The caller hands the value over with `consume` and keeps no other reference to what it
    /// holds; otherwise the last release, and the freeing, may still happen on the caller's thread.
    static func release(_ value: consuming Any) {
        let holder = Holder(value)
        DispatchQueue.global(qos: .utility).async { holder.value = nil }
    }
}
