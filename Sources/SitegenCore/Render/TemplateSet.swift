import Foundation
import Mustache

/// The Mustache templates of a site, parsed once. A syntax error names the template file and line.
public struct TemplateSet: Sendable {
    public static let required = ["index", "country", "topic", "series", "event", "article", "list", "404"]
    static let partialReference = Pattern(#"\{\{>\s*([\w./-]+)\s*\}\}"#)

    let library: MustacheLibrary
    /// Each template's text as its file has it, by name.
    private let texts: [String: String]
    /// Files under `static/` copied verbatim to the site root (stylesheet, images).
    public let staticFiles: [(path: String, data: Data)]

    /// The built-in theme shipped with sitegen (its resource bundle), or nil when the binary was
    /// copied without it; then the template folder must be complete.
    public static var builtInDirectory: URL? {
        var candidates: [URL] = [Bundle.main.bundleURL]
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir)
            dir = dir.deletingLastPathComponent()
        }
        for candidate in candidates {
            let templates = candidate.appendingPathComponent("sitegen_SitegenCore.resources/templates")
            if FileManager.default.fileExists(atPath: templates.appendingPathComponent("index.mustache").path) { return templates }
        }
        return nil
    }

    /// - Parameter directory: the user's template folder; a file in it replaces the built-in
    ///   template of the same name, and anything it lacks comes from the built-in theme.
    public init(directory: URL, builtIn: URL? = TemplateSet.builtInDirectory) throws {
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        var sources: [String: URL] = [:]
        var statics: [String: URL] = [:]
        for folder in [builtIn, directory].compactMap({ $0 }) {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasSuffix(".mustache") {
                sources[String(file.dropLast(".mustache".count))] = folder.appendingPathComponent(file)
            }
            let staticDir = folder.appendingPathComponent("static")
            if let enumerator = FileManager.default.enumerator(at: staticDir, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) {
                let prefix = staticDir.standardizedFileURL.path + "/"
                for case let url as URL in enumerator {
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                    let full = url.standardizedFileURL.path
                    if full.hasPrefix(prefix) { statics[String(full.dropFirst(prefix.count))] = url }
                }
            }
        }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) || !isDirectory.boolValue, builtIn == nil {
            throw SitegenError.template(file: directory.path, line: nil, message: "template folder is missing and no built-in theme was found")
        }
        for name in sources.keys.sorted() {
            let url = sources[name]!
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw SitegenError.template(file: url.path, line: nil, message: "cannot read the template (\(error.localizedDescription))")
            }
            do {
                // Parsed as written first, so a syntax error's line is the line in the user's file.
                _ = try MustacheTemplate(string: text)
                _ = HTMLEscaping.registered
                try library.register(HTMLEscaping.pragma + text, named: name)
                texts[name] = text
            } catch let error as MustacheTemplate.ParserError {
                let problem = TemplateSyntax.problem(error, in: text)
                throw SitegenError.template(file: url.path, line: problem.line, message: problem.message)
            } catch {
                throw SitegenError.template(file: url.path, line: nil, message: "\(error)")
            }
        }
        // Mustache renders a missing partial as nothing; a typo in a partial's name would lose part
        // of every page silently, so it is an error naming the template and line.
        for name in sources.keys.sorted() {
            let url = sources[name]!
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for match in Self.partialReference.matches(in: String(line)) {
                    if let partial = match[1], library.getTemplate(named: partial) == nil {
                        throw SitegenError.template(file: url.path, line: number + 1, message: "partial \"\(partial)\" does not exist")
                    }
                }
            }
        }
        for name in Self.required where library.getTemplate(named: name) == nil {
            throw SitegenError.template(file: directory.appendingPathComponent("\(name).mustache").path, line: nil,
                                        message: "required template is missing")
        }
        self.library = library
        self.texts = texts
        staticFiles = statics.keys.sorted().compactMap { path in (try? Data(contentsOf: statics[path]!)).map { (path, $0) } }
    }

    private init(library: MustacheLibrary, texts: [String: String], staticFiles: [(path: String, data: Data)]) {
        self.library = library
        self.texts = texts
        self.staticFiles = staticFiles
    }

    /// The same templates with the values every page of a build shares written into their text
    /// (see `ConstantFolding`); `constants` holds those values under their roots (`t`, `site`).
    func specialized(for constants: [String: Any]) -> TemplateSet {
        let roots = Set(constants.keys)
        var values: [String: String] = [:]
        func value(of tag: String) -> String? {
            if let known = values[tag] { return known }
            let rendered = Self.render(tag: tag, constants)
            values[tag] = rendered
            return rendered
        }
        var library = MustacheLibrary()
        for name in texts.keys.sorted() {
            let text = texts[name]!
            let folded = ConstantFolding.fold(text, roots: roots, render: value(of:))
            // Folding only replaces whole tags by text without `{{`, so what parsed before parses now;
            // should it ever not, the template is kept as written.
            if (try? library.register(HTMLEscaping.pragma + folded, named: name)) == nil {
                try? library.register(HTMLEscaping.pragma + text, named: name)
            }
        }
        return TemplateSet(library: library, texts: texts, staticFiles: staticFiles)
    }

    /// One tag rendered as a page would render it.
    static func render(tag: String, _ context: [String: Any]) -> String? {
        _ = HTMLEscaping.registered
        return (try? MustacheTemplate(string: HTMLEscaping.pragma + tag))?.render(context)
    }

    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    func render(_ name: String, object: Any) -> String {
        library.render(object, withTemplate: name) ?? ""
    }
}
