import Foundation

/// `sitemap.xml` listing every page; locations are absolute when the site's origin is known.
public enum Sitemap {
    public static func xml(urls: [String], base: String, siteURL: String? = nil) -> Data {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls.sorted() {
            out += "  <url><loc>\(HTML.escape((siteURL ?? "") + base + url))</loc></url>\n"
        }
        out += "</urlset>\n"
        return Data(out.utf8)
    }
}
