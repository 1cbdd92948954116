import Foundation

/// Writes the values that are the same on every page of a build (the interface strings `t` and the
/// `site` settings) into a template's text once, before it is parsed for the build.
///
/// swift-mustache looks every `{{name}}` up by splitting the name and casting each object on the
/// context stack to several protocols; `{{t.…}}` and `{{site.…}}` were about half the lookups of an
/// event page, and the deepest ones (`{{site.base}}` inside lists).
///
/// A tag is folded only where that cannot change a byte of any page:
/// - the text is read tag by tag as the parser reads it, and a template that changes delimiters
///   (`{{=…=}}`) or content type (`{{%…}}`) is left whole;
/// - only plain variables whose name starts with a build-wide root (`{{t.x}}`, `{{{site.base}}}`,
///   `{{& t.x}}`), never sections, partials or transforms;
/// - a value that renders empty, spans lines or contains `{{` stays a tag: an empty value could make
///   a line "standalone" (and lose its newline), a newline would change a partial's indentation,
///   and `{{` would be read as a tag.
///
/// The roots are found nowhere else in the contexts (`ContextFingerprint.buildWideKeys`), so no
/// section object can shadow them. The value is rendered by swift-mustache itself (`render`), so
/// escaping is exactly the page's.
enum ConstantFolding {
    static func fold(_ text: String, roots: Set<String>, render: (String) -> String?) -> String {
        if text.contains("{{=") || text.contains("{{%") { return text }
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            folded += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.first == "{"
            guard let close = afterOpen.range(of: triple ? "}}}" : "}}") else {
                folded += rest[open.lowerBound...]
                return folded
            }
            let tag = rest[open.lowerBound..<close.upperBound]
            var name = afterOpen[..<close.lowerBound]
            if triple || name.first == "&" { name = name.dropFirst() }
            if isConstant(name.trimmingCharacters(in: .whitespaces), roots: roots),
               let value = render(String(tag)), !value.isEmpty, !value.contains("{{"), !value.contains(where: \.isNewline) {
                folded += value
            } else {
                folded += tag
            }
            rest = afterOpen[close.upperBound...]
        }
        folded += rest
        return folded
    }

    /// A dotted name (`t.nav_label`) under one of the roots, with nothing but name characters.
    static func isConstant(_ name: String, roots: Set<String>) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, roots.contains(String(parts[0])) else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0 == "_" || $0 == "-" || ($0.isASCII && CharacterSet.alphanumerics.contains($0)) }
        }
    }
}
