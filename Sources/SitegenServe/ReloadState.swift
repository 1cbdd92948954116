import Foundation

/// What open pages need to know about the builds: the number of the last good build (a page from an
/// older one reloads) and the text to show while the build is broken. Every change bumps the
/// generation, which long-polling clients wait on.
public actor ReloadState {
    public struct Snapshot: Sendable, Equatable, Codable {
        /// Good builds so far; the site on disk is from this build.
        public var build: Int
        /// Changes so far (good builds, failures, errors cleared).
        public var generation: Int
        /// Shown in the page's banner; nil when the last build was clean.
        public var error: String?

        enum CodingKeys: String, CodingKey { case build, generation, error }

        /// `error` is written as `null` when there is none, so the page's script always finds the key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(build, forKey: .build)
            try container.encode(generation, forKey: .generation)
            try container.encode(error, forKey: .error)
        }
    }

    public private(set) var snapshot = Snapshot(build: 0, generation: 0, error: nil)
    private var waiters: [UUID: CheckedContinuation<Snapshot, Never>] = [:]
    private var closed = false

    public init() {}

    /// A build wrote the site; `problems` (error diagnostics of a build that still finished) stay in the banner.
    public func built(problems: String? = nil) {
        snapshot.build += 1
        snapshot.error = problems
        changed()
    }

    /// A build failed; the previous site is still served.
    public func failed(_ message: String) {
        snapshot.error = message
        changed()
    }

    /// Releases every waiting request (shutdown); later waits answer at once.
    public func close() {
        closed = true
        resumeAll()
    }

    /// The snapshot as soon as its generation is past `generation`, or after `timeout` as it is then.
    public func wait(since generation: Int, timeout: Duration) async -> Snapshot {
        if snapshot.generation > generation || closed { return snapshot }
        let id = UUID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                waiters[id] = continuation
                Task { [weak self] in
                    try? await Task.sleep(for: timeout)
                    await self?.resume(id)
                }
            }
        } onCancel: {
            Task { await self.resume(id) }
        }
    }

    private func resume(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: snapshot)
    }

    private func changed() {
        snapshot.generation += 1
        resumeAll()
    }

    private func resumeAll() {
        let all = waiters
        waiters = [:]
        for continuation in all.values { continuation.resume(returning: snapshot) }
    }
}
