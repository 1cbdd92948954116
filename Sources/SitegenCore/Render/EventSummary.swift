import Foundation
import Mustache

/// An event as the lists show it: its timeline entry (`item_html`, rendered once and reused on
/// every page that lists the event) and, for templates that read them directly, the summary's
/// values. A large site lists hundreds of thousands of events and the values took more memory than
/// the entries, so they are not kept: they are built to fingerprint the summary and to render the
/// entry, then dropped, and built again (and kept) only when a template asks for one of them.
final class EventSummary: MustacheParent, Fingerprinted, @unchecked Sendable {
    /// What every summary is made from: the page context and the events, shared.
    final class Source: @unchecked Sendable {
        let ctx: PageContext
        let events: [Event]
        let buildWide: [String: Any]

        init(ctx: PageContext, events: [Event]) {
            self.ctx = ctx
            self.events = events
            buildWide = ["site": ctx.site, "t": ctx.t.strings]
        }

        func values(_ position: Int, compact: Bool) -> [String: Any] {
            var values = ctx.summary(events[position])
            if compact { values["topics"] = [Any]() }
            return values
        }
    }

    private let source: Source
    private let position: Int
    /// Without topics, for the short lists of related events (their own pages list the topics).
    private let compact: Bool
    private let itemHTML: RenderedOnce?
    let fingerprint: ContentHash?
    private let lock = NSLock()
    private var kept: [String: Any]?

    init(_ source: Source, position: Int, compact: Bool) {
        self.source = source
        self.position = position
        self.compact = compact
        let values = source.values(position, compact: compact)
        let own = ContextFingerprint.of(template: compact ? "compact-summary" : "summary", context: values,
                                        excludingBuildWideKeys: false)
        fingerprint = own
        itemHTML = source.ctx.renderItem.map { render in
            let print = own.map { own in
                var hash = ContentHash.of("item_html")
                hash.combine(own)
                return hash
            }
            return RenderedOnce(fingerprint: print) {
                render(FragmentScope(values: source.values(position, compact: compact), buildWide: source.buildWide))
            }
        }
    }

    /// Lets the rendered timeline entry go (see `RenderedOnce.forget`).
    func forgetEntry() { itemHTML?.forget() }

    func child(named name: String) -> Any? {
        if name == "item_html" { return itemHTML }
        lock.lock()
        defer { lock.unlock() }
        if kept == nil { kept = source.values(position, compact: compact) }
        return kept?[name]
    }
}
