import DossierCore
import DossierXHTML

/// The cover (an SVG image with the title, date and article count, shown by `cover.xhtml`) and the
/// title page. The cover is drawn, not a bitmap, so it stays sharp and adds no binary data.
struct FrontMatterRenderer {
    static let titleLineLength = 22
    static let titleLines = 5

    let plan: BookPlan

    private var articleCount: String {
        Wording.count(plan.packet.articles.count, "article")
    }

    /// What the cover says, for its `alt` text and the SVG's own title.
    private var coverDescription: String {
        "Cover: \(plan.title), \(plan.packet.date), \(articleCount)"
    }

    func renderCoverImage() -> XHTMLWriter {
        var writer = XHTMLWriter()
        writer.raw("""
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 600 900" role="img" aria-labelledby="cover-title">

            """)
        writer.element("title", [("id", "cover-title")], text: coverDescription)
        writer.raw("""

            <rect x="0" y="0" width="600" height="900" fill="#f5f1e8"/>
            <rect x="0" y="0" width="600" height="120" fill="#1f2a36"/>
            <text x="48" y="76" font-family="serif" font-size="30" letter-spacing="6" fill="#f5f1e8">BRIEFING</text>
            <g font-family="serif" font-size="48" font-weight="bold" fill="#1f2a36">

            """)
        for (number, line) in wrappedTitle.enumerated() {
            writer.elementLine("text", [("x", "48"), ("y", String(260 + number * 64))], text: line)
        }
        writer.raw("</g>\n<g font-family=\"serif\" font-size=\"30\" fill=\"#1f2a36\">\n")
        writer.elementLine("text", [("x", "48"), ("y", "760")], text: plan.packet.date.description)
        writer.elementLine("text", [("x", "48"), ("y", "810")], text: articleCount)
        writer.raw("</g>\n</svg>\n")
        return writer
    }

    func renderCoverPage() -> XHTMLWriter {
        var writer = plan.document(title: plan.title, bodyType: "cover")
        writer.raw("<section class=\"cover\">\n")
        writer.empty("img", [("src", BookPlan.File.coverImage), ("alt", coverDescription)])
        writer.raw("\n</section>\n")
        writer.endDocument()
        return writer
    }

    func renderTitlePage() -> XHTMLWriter {
        let packet = plan.packet
        var writer = plan.document(title: plan.title, bodyType: "frontmatter")
        writer.raw("<section epub:type=\"titlepage\" class=\"title-page\">\n")
        writer.elementLine("h1", [("dir", TextTraits.hasRightToLeft(plan.title) ? "auto" : nil)], text: plan.title)
        writer.elementLine("p", [("class", "subtitle")], text: "A briefing of \(articleCount)")
        writer.elementLine("p", [("class", "date")], text: packet.date.description)
        if let outlets = Self.outletLine(uniqueOutlets) {
            writer.elementLine("p", [("class", "outlets")], text: outlets)
        }
        writer.elementLine("p", [("class", "generator")], text: "Compiled by \(packet.generator.displayName)")
        writer.raw("</section>\n")
        writer.endDocument()
        return writer
    }

    static let namedOutlets = 3

    /// "From AFP, CNN and Reuters", or "From AFP, CNN, Reuters and 18 more": each outlet once, the
    /// first few by name, in the order the packet has them.
    static func outletLine(_ outlets: [String]) -> String? {
        guard !outlets.isEmpty else { return nil }
        if outlets.count <= namedOutlets + 1 {
            return "From " + (outlets.count == 1 ? outlets[0] : outlets.dropLast().joined(separator: ", ") + " and " + outlets.last!)
        }
        return "From " + outlets.prefix(namedOutlets).joined(separator: ", ") + " and \(outlets.count - namedOutlets) more"
    }

    private var uniqueOutlets: [String] {
        var seen: Set<String> = []
        return plan.packet.articles.compactMap(\.outlet).filter { seen.insert($0).inserted }
    }

    /// The title in lines of about `titleLineLength` characters (SVG text does not wrap), cut with an
    /// ellipsis after `titleLines` lines.
    private var wrappedTitle: [String] {
        var lines: [String] = []
        var line = ""
        for word in plan.title.split(whereSeparator: \.isWhitespace) {
            if !line.isEmpty, line.count + 1 + word.count > Self.titleLineLength {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        guard lines.count > Self.titleLines else { return lines }
        return Array(lines.prefix(Self.titleLines - 1)) + [lines[Self.titleLines - 1] + " …"]
    }
}
