import DossierCore
import DossierXHTML

/// The Overview chapter: the packet's synopsis and key points, a short timeline, the most-mentioned entities and
/// what several articles corroborate, each item linked to the paragraph it comes from.
struct OverviewRenderer {
    static let timelineLength = 12
    static let entityCount = 10

    let plan: BookPlan
    let anchors: Anchors

    func render() -> XHTMLWriter {
        let packet = plan.packet
        var writer = plan.document(title: "Overview")
        writer.raw("<section epub:type=\"chapter\">\n<h1>Overview</h1>\n")
        writer.elementLine("p", [("class", "lede")],
                           text: "\(Wording.count(packet.articles.count, "article")) as of \(packet.date). Each item links to the paragraph it comes from.")
        let keyPoints = packet.keyPoints.filter { $0.scope == .packet }.sorted { $0.rank < $1.rank }
        let corroborated = packet.corroborations.filter { $0.kind != .entity }
        if keyPoints.isEmpty, packet.timeline.isEmpty, packet.entities.isEmpty, corroborated.isEmpty {
            writer.elementLine("p", text: "The analysis found no key points, dates, names or corroborated facts in these articles; read them in full below.")
        }
        writeSection("What happened", id: "synopsis", items: packet.synopsis ?? [], ordered: false, to: &writer) { sentence, writer in
            writer.element("span", [("class", "item-text")], text: sentence.text)
            writer.raw(" ")
            anchors.writeCitation(Provenance(article: sentence.article, paragraph: sentence.paragraph), into: &writer)
        }
        writeSection("Key points", id: "key-points", items: keyPoints, ordered: true, to: &writer) { point, writer in
            writer.element("span", [("class", "item-text")], text: point.text)
            writer.raw(" ")
            anchors.writeCitation(Provenance(article: point.article, paragraph: point.paragraph), into: &writer)
        }
        writeTimeline(to: &writer)
        writeEntities(to: &writer)
        writeSection("Corroborated by several articles", id: "corroborated", items: corroborated, ordered: false, to: &writer) { corroboration, writer in
            writeCorroboration(corroboration, to: &writer)
        }
        writer.raw("</section>\n")
        writer.endDocument()
        return writer
    }

    /// An `<h2>` and a list, or nothing when there are no items.
    private func writeSection<Item>(_ title: String, id: String, items: [Item], ordered: Bool, to writer: inout XHTMLWriter,
                                    item writeItem: (Item, inout XHTMLWriter) -> Void) {
        guard !items.isEmpty else { return }
        let tag = ordered ? "ol" : "ul"
        writer.raw("<h2 id=\"\(id)\">")
        writer.text(title)
        writer.raw("</h2>\n<\(tag) class=\"\(id)\">\n")
        for item in items {
            writer.origin = TextOrigin()
            writer.start("li")
            writeItem(item, &writer)
            writer.raw("</li>\n")
        }
        writer.raw("</\(tag)>\n")
    }

    /// The earliest dated events, in date order, then months without their year (no calendar places them);
    /// the rest stay in the articles.
    private func writeTimeline(to writer: inout XHTMLWriter) {
        func undated(_ event: TimelineEvent) -> Int { event.precision == .monthWithoutYear ? 1 : 0 }
        let events = plan.packet.timeline.enumerated()
            .sorted { (undated($0.element), $0.element.date, $0.offset) < (undated($1.element), $1.element.date, $1.offset) }
            .map(\.element)
        writeSection("Timeline", id: "timeline", items: Array(events.prefix(Self.timelineLength)), ordered: false, to: &writer) { event, writer in
            // HTML's <time> has no month without a year (only "--MM-DD"): that one is plain text.
            if event.precision == .monthWithoutYear {
                writer.element("span", [("class", "date")], text: "--" + event.date)
            } else {
                writer.element("time", [("datetime", event.date)], text: event.date)
            }
            writer.raw(" ")
            writer.element("span", [("class", "item-text")], text: event.summary)
            writer.raw(" ")
            anchors.writeCitation(Provenance(article: event.article, paragraph: event.paragraph), into: &writer)
        }
        if events.count > Self.timelineLength {
            writer.elementLine("p", [("class", "more")], text: "\(events.count - Self.timelineLength) later dates are in the articles.")
        }
    }

    private func writeEntities(to writer: inout XHTMLWriter) {
        let ranked = plan.packet.entities.enumerated()
            .sorted { ($1.element.mentions.count, $0.offset) < ($0.element.mentions.count, $1.offset) }
            .map(\.element)
        writeSection("Most mentioned", id: "most-mentioned", items: Array(ranked.prefix(Self.entityCount)), ordered: true, to: &writer) { entity, writer in
            writer.element("a", [("href", anchors.entityHref(entity.id, anchor: plan.entityAnchors[entity.id]))], text: entity.name)
            writer.text(" (\(entity.kind.rawValue)): \(Wording.count(entity.mentions.count, "mention")) in \(Wording.count(entity.mentionCounts.count, "article"))")
        }
    }

    /// The shared quote or figure, who said it, and one link per article that carries it.
    private func writeCorroboration(_ corroboration: Corroboration, to writer: inout XHTMLWriter) {
        let quotes = BookPlan.items(withIDs: corroboration.items, in: plan.packet.quotes, positions: plan.quotePositions)
        let quantities = BookPlan.items(withIDs: corroboration.items, in: plan.packet.quantities, positions: plan.quantityPositions)
        let sources = quotes.map { Provenance(article: $0.article, paragraph: $0.paragraph) }
            + quantities.map { Provenance(article: $0.article, paragraph: $0.paragraph) }
        writer.element("span", [("class", corroboration.kind == .quote ? "quote" : "item-text")],
                       text: corroboration.kind == .quote ? "“\(corroboration.text)”" : corroboration.text)
        if let speaker = quotes.lazy.compactMap({ $0.speaker.flatMap { plan.entityNames[$0] } }).first {
            writer.text(" — \(speaker)")
        }
        writer.text("; in \(corroboration.articles.count) articles:")
        anchors.writeCitations(sources, into: &writer)
    }
}
