import DossierCore
import DossierXHTML

/// One line of the table of contents. A section (`Articles`, `Appendices`) has children and links to
/// its first child.
struct ContentsEntry {
    var title: String
    var href: String
    var children: [ContentsEntry] = []
    var isSection = false
}

/// The EPUB 3 navigation document (table of contents and landmarks) and the NCX that EPUB 2 readers use.
struct NavigationRenderer {
    let plan: BookPlan
    let contents: [ContentsEntry]
    /// `(epub:type, href, label)` of each landmark.
    let landmarks: [(type: String, href: String, title: String)]

    func renderNavigation() -> XHTMLWriter {
        var writer = plan.document(title: "Contents", bodyType: "frontmatter")
        writer.raw("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>Contents</h1>\n")
        writeList(contents, to: &writer)
        writer.raw("</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n")
        for landmark in landmarks {
            writer.start("li")
            writer.element("a", [("epub:type", landmark.type), ("href", landmark.href)], text: landmark.title)
            writer.raw("</li>\n")
        }
        writer.raw("</ol>\n</nav>\n")
        writer.endDocument()
        return writer
    }

    private func writeList(_ entries: [ContentsEntry], to writer: inout XHTMLWriter) {
        writer.raw("<ol>\n")
        for entry in entries {
            writer.start("li")
            if entry.isSection {
                writer.element("span", text: entry.title)
            } else {
                writer.element("a", [("href", entry.href)], text: entry.title)
            }
            if !entry.children.isEmpty {
                writer.raw("\n")
                writeList(entry.children, to: &writer)
            }
            writer.raw("</li>\n")
        }
        writer.raw("</ol>\n")
    }

    func renderNCX() -> XHTMLWriter {
        var writer = XHTMLWriter()
        writer.raw("""
            <?xml version="1.0" encoding="UTF-8"?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"
            """)
        writer.attributes([("xml:lang", plan.language)])
        writer.raw(">\n<head>\n")
        writer.empty("meta", [("name", "dtb:uid"), ("content", plan.identifier)])
        writer.raw("\n")
        writer.empty("meta", [("name", "dtb:depth"), ("content", String(depth(of: contents)))])
        writer.raw("""

            <meta name="dtb:totalPageCount" content="0"/>
            <meta name="dtb:maxPageNumber" content="0"/>
            </head>
            <docTitle><text>
            """)
        writer.text(plan.title)
        writer.raw("</text></docTitle>\n<navMap>\n")
        var numbering = NavPointNumbering()
        writeNavPoints(contents, numbering: &numbering, to: &writer)
        writer.raw("</navMap>\n</ncx>\n")
        return writer
    }

    /// Numbers nav points in document order. The NCX requires the same play order for every point
    /// that targets the same file (a section and its first child).
    private struct NavPointNumbering {
        private var points = 0
        private var orders: [String: Int] = [:]

        mutating func nextID() -> String {
            points += 1
            return "navpoint-\(points)"
        }

        mutating func playOrder(of href: String) -> String {
            if let order = orders[href] { return String(order) }
            orders[href] = orders.count + 1
            return String(orders.count)
        }
    }

    private func writeNavPoints(_ entries: [ContentsEntry], numbering: inout NavPointNumbering, to writer: inout XHTMLWriter) {
        for entry in entries {
            writer.start("navPoint", [("id", numbering.nextID()), ("playOrder", numbering.playOrder(of: entry.href))])
            writer.raw("<navLabel><text>")
            writer.text(entry.title)
            writer.raw("</text></navLabel>")
            writer.empty("content", [("src", entry.href)])
            writer.raw("\n")
            writeNavPoints(entry.children, numbering: &numbering, to: &writer)
            writer.raw("</navPoint>\n")
        }
    }

    private func depth(of entries: [ContentsEntry]) -> Int {
        entries.map { 1 + depth(of: $0.children) }.max() ?? 0
    }
}
