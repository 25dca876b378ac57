import DossierCore
import DossierXHTML

/// One article as one or more XHTML files. Every block carries its stable ID as its `id` (made
/// XML-safe and unique where it is not already), and a file that would grow past the size limit is
/// closed and the article continues in the next part.
struct ChapterRenderer {
    struct Part {
        var writer: XHTMLWriter
        /// Block ID → fragment, for the blocks this part holds.
        var anchors: [(block: String, fragment: String)] = []
    }

    /// The files before and after this article in reading order, for its navigation links.
    struct Neighbours {
        var previous: String
        var next: String
    }

    let plan: BookPlan
    let article: Article
    let maximumBytes: Int
    let neighbours: Neighbours

    private static let partEnd = "</section>\n</body>\n</html>\n"

    private var articleTitle: String { BookPlan.title(of: article) }

    func render() -> [Part] {
        // Fragment IDs need only be unique within their file, so each chapter claims its own.
        var fragmentIDs = UniqueNames()
        var parts: [Part] = []
        var current = Part(writer: openingOfPart(1))
        var headingLevel = 1
        for block in article.body {
            let mark = current.writer.count
            let fragment = fragmentIDs.claim(block.id)
            current.writer.origin = TextOrigin(article: article.id, paragraph: block.id)
            write(block, id: fragment, headingLevel: &headingLevel, to: &current.writer)
            if current.writer.count + Self.partEnd.utf8.count > maximumBytes, !current.anchors.isEmpty {
                let moved = current.writer.cut(from: mark)
                current.writer.raw(Self.partEnd)
                parts.append(current)
                current = Part(writer: openingOfPart(parts.count + 1))
                current.writer.append(moved)
            }
            current.anchors.append((block.id, fragment))
        }
        writeFooter(to: &current.writer)
        current.writer.raw(Self.partEnd)
        parts.append(current)
        return parts
    }

    private func openingOfPart(_ number: Int) -> XHTMLWriter {
        let title = number == 1 ? articleTitle : "\(articleTitle) (continued, part \(number))"
        var writer = plan.document(title: title)
        writer.origin = TextOrigin(article: article.id)
        writer.raw("<section epub:type=\"chapter\">\n")
        if number == 1 {
            writeHeader(to: &writer)
        } else {
            writer.elementLine("h1", [("class", "continued"), ("dir", direction(articleTitle))], text: title)
        }
        return writer
    }

    private func writeHeader(to writer: inout XHTMLWriter) {
        writer.raw("<header>\n")
        writer.elementLine("h1", [("dir", direction(articleTitle))], text: articleTitle)
        if article.titleInferred {
            writer.elementLine("p", [("class", "title-note")],
                               text: "The source has no title; this one is made from its opening words.")
        }
        if let byline = article.byline {
            let text = byline.lowercased().hasPrefix("by ") ? byline : "By \(byline)"
            writer.elementLine("p", [("class", "byline"), ("dir", direction(byline))], text: text)
        }
        let facts = [article.outlet, article.dateline, article.publishedDate?.description].compactMap { $0 }
        if !facts.isEmpty {
            writer.elementLine("p", [("class", "meta")], text: facts.joined(separator: " · "))
        }
        if !article.tags.isEmpty {
            writer.elementLine("p", [("class", "tags")], text: "Tags: " + article.tags.joined(separator: ", "))
        }
        if let url = article.url {
            writer.start("p", [("class", "source-link")])
            if TextTraits.isLinkable(url) {
                writer.element("a", [("href", url)], text: "Read the original article")
            } else {
                writer.text("Original address: \(url)")
            }
            writer.end("p")
            writer.raw("\n")
        }
        writer.raw("</header>\n")
    }

    private func writeFooter(to writer: inout XHTMLWriter) {
        writer.origin = TextOrigin(article: article.id)
        writer.raw("<footer>\n")
        if let credit = article.credit {
            writer.elementLine("p", [("class", "credit"), ("dir", direction(credit))], text: credit)
        }
        writer.start("p", [("class", "source-note")])
        writer.element("a", [("href", "\(BookPlan.File.sources)#\(plan.sourceAnchors[article.id] ?? "")")],
                       text: "Source notes and removed lines")
        writer.end("p")
        writer.raw("\n")
        writeNavigation(to: &writer)
        writer.raw("</footer>\n")
    }

    /// "Previous · Contents · Next", so a reader can move between articles without the contents page.
    private func writeNavigation(to writer: inout XHTMLWriter) {
        writer.raw("<nav class=\"pager\" aria-label=\"Articles\">")
        writer.element("a", [("href", neighbours.previous), ("rel", "prev")], text: "Previous")
        writer.raw(" · ")
        writer.element("a", [("href", "\(BookPlan.File.navigation)#toc")], text: "Contents")
        writer.raw(" · ")
        writer.element("a", [("href", neighbours.next), ("rel", "next")], text: "Next")
        writer.raw("</nav>\n")
    }

    /// Writes one block; subheads are clamped so that levels never skip (h1 is the article title).
    private func write(_ block: Block, id: String, headingLevel: inout Int, to writer: inout XHTMLWriter) {
        var inlines = InlineRenderer(plan: plan, block: Provenance(article: article.id, paragraph: block.id))
        let attributes = [("id", id), ("dir", direction(block.plainText))]
        switch block {
        case .paragraph(let paragraph):
            writer.start("p", attributes)
            inlines.write(paragraph.content, to: &writer)
            writer.end("p")
        case .heading(let heading):
            headingLevel = min(max(heading.level, 2), headingLevel + 1, 6)
            writer.start("h\(headingLevel)", attributes)
            inlines.write(heading.content, to: &writer)
            writer.end("h\(headingLevel)")
        case .blockQuote(let paragraph):
            writer.start("blockquote", attributes)
            writer.start("p")
            inlines.write(paragraph.content, to: &writer)
            writer.end("p")
            writer.end("blockquote")
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            writer.start(tag, attributes)
            for item in list.items {
                writer.start("li")
                inlines.write(item, to: &writer)
                writer.end("li")
            }
            writer.end(tag)
        }
        writer.raw("\n")
        inlines.reportUnmarked(to: &writer)
    }

    private func direction(_ text: String) -> String? {
        TextTraits.hasRightToLeft(text) ? "auto" : nil
    }
}
