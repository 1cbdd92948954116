import Foundation
import Mustache

/// A fragment of HTML rendered the first time a page asks for it and reused by every later page.
/// An event's timeline entry appears on its year's, partners', topics', people's and neighbours'
/// pages — a dozen times on a large site — and rendering it through Mustache each time was most of
/// the time spent on list pages. Rendered on demand, so a page kept from the previous build costs
/// nothing.
final class RenderedOnce: MustacheCustomRenderable, Fingerprinted, @unchecked Sendable {
    private let lock = NSLock()
    private var html: String?
    private let make: @Sendable () -> String
    let fingerprint: ContentHash?

    /// - Parameter fingerprint: of everything the fragment is made from, apart from what the whole
    ///   build's fingerprint already covers (templates, translations, options).
    init(fingerprint: ContentHash?, _ make: @escaping @Sendable () -> String) {
        self.fingerprint = fingerprint
        self.make = make
    }

    var renderText: String {
        lock.lock()
        defer { lock.unlock() }
        if let html { return html }
        let made = make()
        html = made
        return made
    }

    var isNull: Bool { false }

    /// Lets the rendered HTML go once no page left to render should need it; a page that still asks
    /// gets it rendered again.
    func forget() {
        lock.lock()
        html = nil
        lock.unlock()
    }
}

/// What a fragment rendered on its own can read: its own values first, then the build-wide `site`
/// and `t` — never the values of whichever page happened to ask for it first, so the fragment is
/// the same on every page.
struct FragmentScope: MustacheParent, @unchecked Sendable {
    let values: [String: Any]
    let buildWide: [String: Any]

    func child(named name: String) -> Any? { values[name] ?? buildWide[name] }
}
