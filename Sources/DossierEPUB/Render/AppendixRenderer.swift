import DossierCore
import DossierXHTML

/// The Sources appendix: where each article came from and which lines cleaning removed (the index
/// is ``IndexRenderer``'s).
struct AppendixRenderer {
    let plan: BookPlan
    let anchors: Anchors

    func renderSources() -> XHTMLWriter {
        var writer = plan.document(title: "Sources")
        writer.raw("<section epub:type=\"bibliography\">\n<h1>Sources</h1>\n")
        for article in plan.packet.articles {
            writeSource(of: article, to: &writer)
        }
        if !plan.packet.diagnostics.isEmpty {
            writer.origin = TextOrigin()
            writer.raw("<section id=\"build-notes\">\n<h2>Build notes</h2>\n<ul>\n")
            for diagnostic in plan.packet.diagnostics {
                writer.elementLine("li", text: diagnostic.description)
            }
            writer.raw("</ul>\n</section>\n")
        }
        writer.raw("</section>\n")
        writer.endDocument()
        return writer
    }

    private func writeSource(of article: Article, to writer: inout XHTMLWriter) {
        writer.origin = TextOrigin(article: article.id)
        writer.start("section", [("id", plan.sourceAnchors[article.id])])
        writer.raw("\n<h2>")
        writer.element("a", [("href", anchors.articleFiles[article.id])], text: BookPlan.title(of: article))
        writer.raw("</h2>\n<ul class=\"source-facts\">\n")
        var facts = ["Article \(article.id), from the file \(article.source)"]
        if let outlet = article.outlet { facts.append("Outlet: \(outlet)") }
        if let date = article.publishedDate { facts.append("Published: \(date)") }
        facts.append(Wording.count(article.body.count, "block") + " of text")
        for fact in facts {
            writer.elementLine("li", text: fact)
        }
        if let url = article.url {
            writer.start("li")
            writer.text("Address: ")
            if TextTraits.isLinkable(url) { writer.element("a", [("href", url)], text: url) } else { writer.text(url) }
            writer.raw("</li>\n")
        }
        writer.raw("</ul>\n")
        if article.removed.isEmpty {
            writer.elementLine("p", text: "Cleaning removed no lines.")
        } else {
            writer.raw("<h3>Removed lines</h3>\n<ul class=\"removed\">\n")
            for line in article.removed {
                writer.start("li")
                writer.text("Line \(line.line), \(line.reason.explanation): ")
                writer.element("span", [("class", "removed-text")], text: line.text)
                writer.raw("</li>\n")
            }
            writer.raw("</ul>\n")
        }
        writer.raw("</section>\n")
    }
}
