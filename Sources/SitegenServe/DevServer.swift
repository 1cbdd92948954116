import FlyingFox
import FlyingSocks
import Foundation
import SitegenCore

/// `sitegen serve`: builds the site, serves the output folder over HTTP, watches the content,
/// template and data folders, rebuilds when they change, and tells open pages to reload (or to show
/// the build's error while keeping the last good site).
public actor DevServer {
    public struct Options: Sendable {
        /// The build; its base URL is forced to `/`, as the site is served at the root.
        public var site: SiteBuilder.Configuration
        public var host: String
        /// 0 picks a free port (tests).
        public var port: UInt16
        /// How often the watched folders are listed; a change is built once a listing shows nothing newer.
        public var pollInterval: Duration = .milliseconds(300)
        /// How long the reload endpoint holds a request that waits for a change.
        public var longPoll: Duration = .seconds(25)

        public init(site: SiteBuilder.Configuration, host: String = "127.0.0.1", port: UInt16 = 8080) {
            self.site = site
            self.site.render.baseURL = "/"
            self.host = host
            self.port = port
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case badHost(String)
        case cannotListen(String)

        public var description: String {
            switch self {
            case .badHost(let host): return "cannot listen on \(host): give an IPv4 or IPv6 address, e.g. 127.0.0.1"
            case .cannotListen(let message): return "cannot start the server: \(message)"
            }
        }
    }

    public let options: Options
    /// What open pages poll; tests read it too.
    public let state = ReloadState()
    private let log: @Sendable (String) -> Void
    private var http: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var watchTask: Task<Void, Never>?
    private var firstBuild: Task<Void, Never>?
    private var stopping = false

    /// - Parameter log: receives every line meant for the terminal.
    public init(options: Options, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
    }

    /// Builds once, then listens and starts watching. Returns the port it listens on.
    /// A failed first build does not stop the server: the error shows in the terminal and the browser.
    public func start() async throws -> Int {
        precondition(http == nil, "DevServer.start() called twice")
        let address = try Self.address(host: options.host, port: options.port)
        let site = options.site
        let runner = BuildRunner(configuration: site)
        let watcher = FolderWatcher(folders: [site.content, site.templates, site.data])
        let state = state, log = log, interval = options.pollInterval

        let seen = watcher.snapshot()
        let first = Task { await Self.build(runner, reason: "start", state: state, log: log) }
        firstBuild = first
        await first.value
        if stopping { throw CancellationError() }

        let handler = SiteRequestHandler(resolver: SiteFileResolver(root: site.output), state: state, longPoll: options.longPoll)
        let timeout = Double(options.longPoll.components.seconds) + 30
        let http = HTTPServer(address: address, timeout: timeout, logger: .disabled, handler: handler)
        self.http = http
        let failure = FailureBox()
        serverTask = Task {
            do { try await http.run() } catch { failure.set(error) }
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while await !http.isListening {
            if stopping { throw CancellationError() }
            if let error = failure.get() {
                if case SocketError.failed(_, _, let message) = error {
                    throw Failure.cannotListen("\(options.host) port \(options.port): \(message)")
                }
                throw Failure.cannotListen(error.localizedDescription)
            }
            if ContinuousClock.now > deadline { throw Failure.cannotListen("not listening after 10 s") }
            try await Task.sleep(for: .milliseconds(10))
        }
        guard let port = await Self.port(of: http.listeningAddress) else { throw Failure.cannotListen("no listening address") }
        if stopping { throw CancellationError() }
        watchTask = Task.detached {
            await Self.watch(watcher, from: seen, every: interval) { reason in
                await Self.build(runner, reason: reason, state: state, log: log)
            }
        }
        return port
    }

    /// Stops watching (after a build under way finishes, so no staging folder is left behind),
    /// answers waiting pages, and closes the server. `start()` under way throws `CancellationError`.
    public func stop() async {
        stopping = true
        await firstBuild?.value
        watchTask?.cancel()
        await watchTask?.value
        watchTask = nil
        await state.close()
        if let http {
            await http.stop(timeout: 1)
        }
        await serverTask?.value
        serverTask = nil
        http = nil
    }

    // MARK: - Building and watching

    static func build(_ runner: BuildRunner, reason: String, state: ReloadState, log: @Sendable (String) -> Void) async {
        let outcome = await runner.build()
        for line in BuildReport.terminalLines(outcome, reason: reason) { log(line) }
        switch outcome {
        case .built: await state.built(problems: BuildReport.banner(outcome))
        case .failed: await state.failed(BuildReport.banner(outcome) ?? "build failed")
        }
    }

    /// Polls until cancelled; when a listing differs from the last one built, waits until a listing
    /// shows nothing newer (an editor saving several files, a copy in progress), then rebuilds once.
    /// A change made during a build is caught by the next listing.
    static func watch(_ watcher: FolderWatcher, from initial: FolderWatcher.Snapshot, every interval: Duration,
                      rebuild: (String) async -> Void) async {
        var built = initial
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var now = watcher.snapshot()
            guard now != built, !Task.isCancelled else { continue }
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let later = watcher.snapshot()
                if later == now { break }
                now = later
            }
            let changed = FolderWatcher.changes(from: built, to: now)
            built = now
            await rebuild(describe(changed))
        }
    }

    static func describe(_ changed: [String]) -> String {
        guard let first = changed.first else { return "change" }
        let name = (first as NSString).lastPathComponent
        return changed.count == 1 ? "\(name) changed" : "\(name) and \(changed.count - 1) more changed"
    }

    // MARK: - Addresses

    static func address(host: String, port: UInt16) throws -> any SocketAddress {
        let host = host == "localhost" ? "127.0.0.1" : host
        do {
            if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: port) }
            return try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw Failure.badHost(host)
        }
    }

    static func port(of address: Socket.Address?) -> Int? {
        switch address {
        case .ip4(_, let port)?, .ip6(_, let port)?: return Int(port)
        default: return nil
        }
    }
}

/// The server task's error, read by `start()` while it waits for the socket to listen.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    func set(_ error: any Error) { lock.lock(); self.error = error; lock.unlock() }
    func get() -> (any Error)? { lock.lock(); defer { lock.unlock() }; return error }
}
