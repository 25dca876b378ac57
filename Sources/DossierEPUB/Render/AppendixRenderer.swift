import DossierCore
import DossierXHTML

/// The two appendices: Sources (where each article came from and which lines cleaning removed) and
/// the index of entities with a link to every paragraph that names them.
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

    func renderIndex() -> XHTMLWriter {
        var writer = plan.document(title: "Index")
        writer.raw("<section epub:type=\"index\">\n<h1>Index</h1>\n")
        let entities = plan.packet.entities.enumerated()
            .sorted { ($0.element.name.lowercased(), $0.offset) < ($1.element.name.lowercased(), $1.offset) }
            .map(\.element)
        if entities.isEmpty {
            writer.elementLine("p", text: "The analysis found no people, organisations or places in these articles.")
        } else {
            writer.raw("<ul class=\"index\">\n")
            for entity in entities { writeEntry(entity, to: &writer) }
            writer.raw("</ul>\n")
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
        if let date = article.date { facts.append("Published: \(date)") }
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

    /// `France (place; also Paris): a1-p1, a1-p4 ×2, a2-p2`, each paragraph linked once.
    private func writeEntry(_ entity: Entity, to writer: inout XHTMLWriter) {
        writer.origin = TextOrigin()
        writer.start("li", [("id", plan.entityAnchors[entity.id])])
        writer.element("span", [("class", "entry")], text: entity.name)
        let aliases = entity.aliases.isEmpty ? "" : "; also " + entity.aliases.joined(separator: ", ")
        writer.text(" (\(entity.kind.rawValue)\(aliases)):")
        var paragraphs: [Provenance] = []
        var counts: [Provenance: Int] = [:]
        for mention in entity.mentions {
            let provenance = Provenance(article: mention.article, paragraph: mention.paragraph)
            if counts[provenance] == nil { paragraphs.append(provenance) }
            counts[provenance, default: 0] += 1
        }
        anchors.writeCitations(paragraphs, into: &writer) { counts[$0].flatMap { $0 > 1 ? "×\($0)" : nil } }
        writer.raw("</li>\n")
    }
}
