import DossierBrief
import DossierCore
import DossierXHTML

/// One file of the zip.
struct Part {
    var name: String
    var bytes: [UInt8]
}

/// The brief's sections as `word/document.xml`, with its footnotes, relationships and the other
/// parts of the package. A section with nothing in it is left out with its heading.
struct BriefDocument {
    private let packet: Packet
    private let fileName: String
    private let selection: BriefSelection
    private let page: PageParts
    private var body = WordBody()
    private var footnotes = Footnotes()
    private(set) var diagnostics: [Diagnostic] = []

    init(packet: Packet, options: DOCXOptions, fileName: String) {
        self.packet = packet
        self.fileName = fileName
        selection = BriefSelection(packet)
        let title = packet.title.allSatisfy(\.isWhitespace) ? "Briefing" : packet.title
        page = PageParts(title: title, date: packet.date, options: options)
    }

    /// Every part of the package, in the order they go into the zip.
    mutating func render() -> [Part] {
        body.xml.raw(WordXML.declaration + "<w:document \(WordXML.namespaces)>\n<w:body>\n")
        writeHeader()
        writeKeyPoints()
        writeQuotes()
        writeFacts()
        writeTimeline()
        writeEntities()
        writeSources()
        for kind in [Relationships.Kind.styles, .numbering, .settings] {
            _ = body.relationships.add(kind, target: "\(kind.rawValue).xml")
        }
        _ = body.relationships.add(.footnotes, target: "footnotes.xml")
        let header = body.relationships.add(.header, target: "header1.xml")
        let footer = body.relationships.add(.footer, target: "footer1.xml")
        body.xml.raw(page.sectionProperties(header: header, footer: footer) + "\n</w:body>\n</w:document>\n")
        let headerPart = page.header
        reportLosses()
        return [
            Part(name: "[Content_Types].xml", bytes: Array(FixedParts.contentTypes.utf8)),
            Part(name: "_rels/.rels", bytes: FixedParts.packageRelationships),
            Part(name: "docProps/core.xml", bytes: page.core),
            Part(name: "docProps/app.xml", bytes: Array(FixedParts.app.utf8)),
            Part(name: "word/document.xml", bytes: body.xml.bytes),
            Part(name: "word/_rels/document.xml.rels", bytes: body.relationships.xml()),
            Part(name: "word/styles.xml", bytes: FixedParts.styles(language: page.options.language)),
            Part(name: "word/numbering.xml", bytes: Array(FixedParts.numbering.utf8)),
            Part(name: "word/settings.xml", bytes: Array(FixedParts.settings.utf8)),
            Part(name: "word/footnotes.xml", bytes: footnotes.bytes()),
            Part(name: "word/_rels/footnotes.xml.rels", bytes: footnotes.body.relationships.xml()),
            Part(name: "word/header1.xml", bytes: headerPart),
            Part(name: "word/footer1.xml", bytes: Array(PageParts.footer.utf8)),
        ]
    }

    private mutating func writeHeader() {
        body.paragraph(page.title, style: "Title")
        body.paragraph("\(packet.date) · \(Counting.count(packet.articles.count, "article", "articles"))", style: "Subtitle")
        let synopsis = selection.keyPoints.shown.map(\.text)
        if !synopsis.isEmpty { body.paragraph(synopsis.joined(separator: " ")) }
    }

    private mutating func writeKeyPoints() {
        let points = selection.keyPoints
        guard startSection(.keyPoints, isEmpty: points.shown.isEmpty) else { return }
        for point in points.shown {
            listItem(.numbers, point.text, citing: [point.provenance])
        }
        endSection(.keyPoints, hidden: points.hidden)
    }

    private mutating func writeQuotes() {
        let speakers = selection.speakers
        guard startSection(.quotes, isEmpty: speakers.shown.isEmpty) else { return }
        for group in speakers.shown {
            body.paragraph(group.name ?? "Speaker not named", style: "Heading2")
            for quote in group.quotes {
                let partial = quote.item.partial ? " (partial quote)" : ""
                let corroborated = quote.sourceCount > 1 ? " — \(Counting.count(quote.sourceCount, "source", "sources"))" : ""
                listItem(.bullets, "“\(quote.item.text)”\(partial)\(corroborated)", citing: quote.copies.map(\.provenance))
            }
        }
        endSection(.quotes, hidden: speakers.hidden)
    }

    /// A table of value, what and source, whose header row repeats on every page it spans.
    private mutating func writeFacts() {
        let facts = selection.facts
        guard startSection(.facts, isEmpty: facts.shown.isEmpty) else { return }
        let widths = [25, 35, 40].map { page.textWidth * $0 / 100 }
        body.xml.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
        for width in widths { body.xml.raw("<w:gridCol w:w=\"\(width)\"/>") }
        body.xml.raw("</w:tblGrid>\n<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for (heading, width) in zip(["Value", "What", "Source"], widths) {
            startCell(width: width)
            body.text(heading, style: "Strong")
            endCell()
        }
        body.xml.raw("</w:tr>\n")
        for fact in facts.shown {
            body.xml.origin = TextOrigin(article: fact.item.article, paragraph: fact.item.paragraph)
            body.xml.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            startCell(width: widths[0])
            body.text(fact.item.text)
            endCell()
            startCell(width: widths[1])
            body.text(fact.item.noun)
            endCell()
            startCell(width: widths[2])
            let copies = fact.copies.prefix(BriefLimits.citationsPerClaim)
            for (index, copy) in copies.enumerated() {
                body.text((index > 0 ? "; " : "") + sourceName(copy.article))
                cite([copy.provenance])
            }
            if fact.copies.count > copies.count { body.text("; \(Counting.grouped(fact.copies.count - copies.count)) more") }
            endCell()
            body.xml.raw("</w:tr>\n")
        }
        body.xml.raw("</w:tbl>\n")
        endSection(.facts, hidden: facts.hidden)
    }

    private mutating func writeTimeline() {
        let events = selection.timeline
        guard startSection(.timeline, isEmpty: events.shown.isEmpty) else { return }
        for event in events.shown {
            listItem(.bullets, "\(BriefWording.displayDate(event)): \(event.summary)", citing: [event.provenance])
        }
        endSection(.timeline, hidden: events.hidden)
    }

    private mutating func writeEntities() {
        let entities = selection.entities
        guard startSection(.entities, isEmpty: entities.shown.isEmpty) else { return }
        for entity in entities.shown {
            let aliases = entity.aliases.isEmpty ? "" : "; also " + entity.aliases.joined(separator: ", ")
            let mentions = Counting.count(entity.mentions.count, "mention", "mentions")
            let articles = Counting.count(entity.mentionCounts.count, "article", "articles")
            listItem(.bullets, "\(entity.name) (\(BriefWording.kindName(entity.kind))\(aliases)): \(mentions) in \(articles)", citing: [])
        }
        endSection(.entities, hidden: entities.hidden)
    }

    private mutating func writeSources() {
        let sources = selection.sources
        guard startSection(.sources, isEmpty: sources.shown.isEmpty) else { return }
        for article in sources.shown {
            body.xml.origin = TextOrigin(article: article.id)
            body.startParagraph(style: "ListParagraph", numbering: .bullets)
            body.text("\(article.id): ")
            let title = article.title.isEmpty ? article.source : article.title
            if let url = article.url { body.link(title, to: url) } else { body.text(title) }
            if article.titleInferred { body.text(" (title inferred from the text)") }
            let details = [article.outlet, article.byline, article.publishedDate?.description].compactMap { $0 }
            if !details.isEmpty { body.text(", " + details.joined(separator: ", ")) }
            body.endParagraph()
        }
        endSection(.sources, hidden: sources.hidden)
    }

    /// The section's Heading 1, or false when it has nothing to show and is left out.
    private mutating func startSection(_ section: BriefSection, isEmpty: Bool) -> Bool {
        guard !isEmpty else { return false }
        body.xml.origin = TextOrigin()
        body.paragraph(section.heading, style: "Heading1")
        return true
    }

    /// "And N more … in factsheet.xlsx." when the list was capped.
    private mutating func endSection(_ section: BriefSection, hidden: Int) {
        guard hidden > 0 else { return }
        body.xml.origin = TextOrigin()
        body.paragraph(section.cappedLine(hidden))
        diagnostics.append(Diagnostic(.note, code: "docx-section-capped",
                                      "\(section.heading): the Word brief leaves out \(Counting.grouped(hidden)) \(section.noun); factsheet.xlsx lists them all",
                                      file: fileName))
    }

    /// A list paragraph with its footnote references at the end.
    private mutating func listItem(_ numbering: WordBody.Numbering, _ text: String, citing sources: [Provenance]) {
        body.xml.origin = TextOrigin(article: sources.first?.article, paragraph: sources.first?.paragraph)
        body.startParagraph(style: "ListParagraph", numbering: numbering)
        body.text(text)
        cite(sources)
        body.endParagraph()
    }

    private mutating func startCell(width: Int) {
        body.xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>")
        body.startParagraph()
    }

    private mutating func endCell() {
        body.endParagraph()
        body.xml.raw("</w:tc>")
    }

    /// Footnote references to the first few distinct paragraphs among `sources`.
    private mutating func cite(_ sources: [Provenance]) {
        var seen: Set<String> = []
        let distinct = sources.filter { seen.insert($0.citationLabel).inserted }.prefix(BriefLimits.citationsPerClaim)
        for source in distinct {
            body.footnoteReference(footnotes.add(CitationNote(source, articles: selection.items.articles)))
        }
    }

    private func sourceName(_ articleID: String) -> String {
        guard let article = selection.items.articles[articleID] else { return articleID }
        return article.outlet ?? article.title
    }

    /// What escaping removed and which addresses could not be links, reported once each.
    private mutating func reportLosses() {
        let removed = [body.xml, footnotes.body.xml].flatMap(\.removedCharacters).reduce(0) { $0 + $1.value }
        if removed > 0 {
            diagnostics.append(Diagnostic(.warning, code: "docx-control-characters",
                                          "removed \(removed) control characters that a Word document cannot hold", file: fileName))
        }
        var seen: Set<String> = []
        for url in body.unlinked + footnotes.body.unlinked where seen.insert(url).inserted {
            diagnostics.append(Diagnostic(.note, code: "docx-link-as-text",
                                          "the address '\(url.prefix(80))' is shown as text: the Word brief links only http and https addresses",
                                          file: fileName))
        }
    }
}
