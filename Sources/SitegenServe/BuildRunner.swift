import Dispatch
import Foundation
import SitegenCore

/// Runs the (synchronous, CPU-bound) build off Swift's cooperative threads, so the server keeps
/// answering while the site builds, and turns its outcome into what the terminal and the page show.
public struct BuildRunner: Sendable {
    public enum Outcome: Sendable {
        case built(SiteBuilder.Summary)
        case failed(String)
    }

    public let configuration: SiteBuilder.Configuration
    private let queue = DispatchQueue(label: "sitegen.serve.build", qos: .userInitiated)

    public init(configuration: SiteBuilder.Configuration) { self.configuration = configuration }

    public func build() async -> Outcome {
        let configuration = configuration
        return await withCheckedContinuation { continuation in
            queue.async {
                do {
                    continuation.resume(returning: .built(try SiteBuilder(configuration: configuration).build()))
                } catch {
                    continuation.resume(returning: .failed("\(error)"))
                }
            }
        }
    }
}
