import ArgumentParser
import Dispatch
import Foundation
import SitegenCore
import SitegenServe

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it on this machine, rebuild on every change and reload open pages.",
        discussion: """
            Watches the content, templates and data folders (checked every 0.3 s), rebuilds when a file \
            changes, and reloads every open page through a small script added to the pages as they are \
            sent (the files on disk stay as built). A failed build prints its error here and shows it \
            in a banner on open pages, which keep the last good site; the next good build clears it. \
            The site is served at / whatever --base-url a published build uses. Stop with Ctrl-C.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 8080

    @Option(help: "Address to listen on; the default answers this machine only.")
    var host = "127.0.0.1"

    func run() throws {
        let server = DevServer(options: .init(site: site.configuration(baseURL: "/"), host: host, port: port),
                               log: Self.print)
        let done = DispatchSemaphore(value: 0)
        let session = ServeSession()

        // Ctrl-C or a TERM: stop watching (after a build under way), release open pages, close the
        // socket, exit 0. A second signal while stopping exits at once.
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if !session.beginStopping() { Foundation.exit(130) }
                Self.print("sitegen serve: stopping …")
                Task {
                    await server.stop()
                    done.signal()
                }
            }
            source.resume()
            sources.append(source)
        }

        Task {
            do {
                let port = try await server.start()
                let shown = host.contains(":") ? "[\(host)]" : host
                Self.print("sitegen serve: serving \(site.output)/ at http://\(shown):\(port)/ — watching \(site.content)/, \(site.templates)/, \(site.data)/; Ctrl-C stops")
            } catch is CancellationError {
                // stopped while the first build ran; the signal handler finishes
            } catch {
                session.fail(error)
                done.signal()
            }
        }
        done.wait()
        withExtendedLifetime(sources) {}
        if let error = session.error {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    @Sendable static func print(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

/// State shared between the signal handlers, the server task and the blocked main thread.
private final class ServeSession: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: (any Error)?
    private var stopping = false

    var error: (any Error)? { lock.lock(); defer { lock.unlock() }; return failure }
    func fail(_ error: any Error) { lock.lock(); failure = error; lock.unlock() }
    /// True the first time only.
    func beginStopping() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if stopping { return false }
        stopping = true
        return true
    }
}
