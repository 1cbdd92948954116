import Foundation

/// The build-wide fingerprints: what every article's extraction depends on (program, data files),
/// and what every page depends on besides its own context (that, plus templates and options).
struct BuildPrints: Sendable {
    let extraction: ContentHash
    let render: ContentHash

    init(configuration c: SiteBuilder.Configuration, options: SiteRenderer.Options) {
        var extraction = BuildFingerprint.program()
        extraction.combine(BuildFingerprint.folder(c.data))
        self.extraction = extraction
        var render = extraction
        render.combine(BuildFingerprint.folder(c.templates))
        render.combine(BuildFingerprint.folder(TemplateSet.builtInDirectory))
        for option in [options.baseURL, options.language, options.siteURL ?? "-", options.search ? "search" : "-", String(options.timelineLimit), String(options.listPageSize)] {
            render.combine(option)
        }
        self.render = render
    }
}
