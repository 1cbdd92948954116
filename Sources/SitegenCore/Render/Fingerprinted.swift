/// A part of a page context that stands for itself in the fingerprint: built once and shared by
/// every page that shows it (an event's summary appears on its partner's, topic's, year's and
/// people's pages), so neither building nor fingerprinting it is repeated page after page.
protocol Fingerprinted {
    /// nil when the value cannot be fingerprinted; a page showing it is then always rendered.
    var fingerprint: ContentHash? { get }
}
