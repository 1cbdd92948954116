import Foundation
import Mustache

/// The Mustache templates of a site, parsed once. A syntax error names the template file and line.
public struct TemplateSet: Sendable {
    public static let required = ["index", "country", "topic", "series", "event", "article", "list", "404"]

    let library: MustacheLibrary
    /// Files under `static/` copied verbatim to the site root (stylesheet, images).
    public let staticFiles: [(path: String, data: Data)]

    public init(directory: URL) throws {
        var library = MustacheLibrary()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard !files.isEmpty else {
            throw SitegenError.template(file: directory.path, line: nil, message: "template folder is missing or empty")
        }
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(file)
            let name = String(file.dropLast(".mustache".count))
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw SitegenError.template(file: url.path, line: nil, message: "cannot read the template (\(error.localizedDescription))")
            }
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw SitegenError.template(file: url.path, line: error.context.lineNumber, message: "\(error.error)")
            }
        }
        for name in Self.required where library.getTemplate(named: name) == nil {
            throw SitegenError.template(file: directory.appendingPathComponent("\(name).mustache").path, line: nil,
                                        message: "required template is missing")
        }
        self.library = library
        var statics: [(String, Data)] = []
        let staticDir = directory.appendingPathComponent("static")
        if let enumerator = FileManager.default.enumerator(at: staticDir, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) {
            let prefix = staticDir.standardizedFileURL.path + "/"
            for case let url as URL in enumerator {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                let full = url.standardizedFileURL.path
                guard full.hasPrefix(prefix), let data = try? Data(contentsOf: url) else { continue }
                statics.append((String(full.dropFirst(prefix.count)), data))
            }
        }
        staticFiles = statics.sorted { $0.0 < $1.0 }
    }

    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
