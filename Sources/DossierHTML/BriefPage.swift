import DossierBrief
import DossierCore
import DossierXHTML

/// The brief as one HTML page: header, table of contents, the sections in `main`, and the notes.
/// A section with nothing in it is left out, with its contents entry.
struct BriefPage {
    private let packet: Packet
    private let options: HTMLOptions
    private let fileName: String
    private let selection: BriefSelection
    private var writer = XHTMLWriter(dialect: .html)
    private var footnotes = FootnoteList()
    private(set) var diagnostics: [Diagnostic] = []
    private var unlinked: [String] = []

    init(packet: Packet, options: HTMLOptions, fileName: String) {
        self.packet = packet
        self.options = options
        self.fileName = fileName
        selection = BriefSelection(packet)
    }

    private var title: String {
        packet.title.allSatisfy(\.isWhitespace) ? "Briefing" : packet.title
    }

    mutating func render() -> [UInt8] {
        writer.raw("<!DOCTYPE html>\n<html")
        writer.attributes([("lang", options.language), ("dir", "ltr")])
        writer.raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        writer.raw("<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"generator\" content=\"Dossier\">\n")
        writer.elementLine("title", text: title)
        writer.raw("<style>\n\(PageStyle.css)</style>\n</head>\n<body>\n")
        writeHeader()
        writeContents()
        writer.raw("<main>\n")
        writeKeyPoints()
        writeQuotes()
        writeFacts()
        writeTimeline()
        writeEntities()
        writeSources()
        writeNotes()
        writer.raw("</main>\n<footer>\n")
        writer.elementLine("p", text: "Made by Dossier from \(Counting.count(packet.articles.count, "article", "articles")) on \(packet.date). The fact sheet (factsheet.xlsx) lists every finding.")
        writer.raw("</footer>\n</body>\n</html>\n")
        reportLosses()
        return writer.bytes
    }

    private mutating func writeHeader() {
        writer.raw("<header>\n")
        writer.elementLine("h1", [("dir", direction(title))], text: title)
        writer.start("p", [("class", "meta")])
        writer.element("time", [("datetime", packet.date.description)], text: packet.date.description)
        writer.text(" · \(Counting.count(packet.articles.count, "article", "articles"))")
        writer.raw("</p>\n")
        let synopsis = selection.keyPoints.shown.map(\.text).joined(separator: " ")
        if !synopsis.isEmpty { writer.elementLine("p", [("class", "synopsis"), ("dir", direction(synopsis))], text: synopsis) }
        writer.raw("</header>\n")
    }

    /// The sections that have something in them, and the notes when there are citations.
    private var presentSections: [BriefSection] {
        BriefSection.allCases.filter { section in
            switch section {
            case .keyPoints: !selection.keyPoints.shown.isEmpty
            case .quotes: !selection.speakers.shown.isEmpty
            case .facts: !selection.facts.shown.isEmpty
            case .timeline: !selection.timeline.shown.isEmpty
            case .entities: !selection.entities.shown.isEmpty
            case .sources: !selection.sources.shown.isEmpty
            }
        }
    }

    private mutating func writeContents() {
        let sections = presentSections
        guard !sections.isEmpty else { return }
        writer.raw("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n")
        for section in sections {
            writer.raw("<li><a href=\"#\(section.anchor)\">")
            writer.text(section.heading)
            writer.raw("</a></li>\n")
        }
        writer.raw("</ol>\n</nav>\n")
    }

    private mutating func writeKeyPoints() {
        let points = selection.keyPoints
        guard startSection(.keyPoints, isEmpty: points.shown.isEmpty) else { return }
        writer.raw("<ol>\n")
        for point in points.shown {
            listItem(point.text, citing: [point.provenance])
        }
        writer.raw("</ol>\n")
        endSection(.keyPoints, hidden: points.hidden)
    }

    /// A heading per speaker, each quote a `blockquote` in a `figure` whose `cite` is the article's address.
    private mutating func writeQuotes() {
        let speakers = selection.speakers
        guard startSection(.quotes, isEmpty: speakers.shown.isEmpty) else { return }
        for group in speakers.shown {
            let name = group.name ?? "Speaker not named"
            writer.elementLine("h3", [("dir", direction(name))], text: name)
            for quote in group.quotes {
                writer.origin = TextOrigin(article: quote.item.article, paragraph: quote.item.paragraph)
                let url = selection.items.articles[quote.item.article]?.url.flatMap { TextTraits.isLinkable($0) ? $0 : nil }
                writer.raw("<figure class=\"quote\">\n")
                writer.start("blockquote", [("cite", url)])
                writer.element("p", [("dir", direction(quote.item.text))], text: "“\(quote.item.text)”")
                writer.raw("</blockquote>\n<figcaption>")
                let details = [group.name, quote.item.partial ? "partial quote" : nil,
                               quote.sourceCount > 1 ? Counting.count(quote.sourceCount, "source", "sources") : nil].compactMap { $0 }
                writer.text(details.isEmpty ? "Source" : details.joined(separator: " · "))
                cite(quote.copies.map(\.provenance))
                writer.raw("</figcaption>\n</figure>\n")
            }
        }
        endSection(.quotes, hidden: speakers.hidden)
    }

    private mutating func writeFacts() {
        let facts = selection.facts
        guard startSection(.facts, isEmpty: facts.shown.isEmpty) else { return }
        writer.raw("<figure>\n<table>\n<thead><tr><th scope=\"col\">Value</th><th scope=\"col\">What</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n")
        for fact in facts.shown {
            writer.origin = TextOrigin(article: fact.item.article, paragraph: fact.item.paragraph)
            writer.raw("<tr>")
            writer.element("td", [("dir", direction(fact.item.text))], text: fact.item.text)
            writer.element("td", [("dir", direction(fact.item.noun))], text: fact.item.noun)
            writer.raw("<td>")
            let copies = fact.copies.prefix(BriefLimits.citationsPerClaim)
            for (index, copy) in copies.enumerated() {
                writer.text((index > 0 ? "; " : "") + sourceName(copy.article))
                cite([copy.provenance])
            }
            if fact.copies.count > copies.count { writer.text("; \(Counting.grouped(fact.copies.count - copies.count)) more") }
            writer.raw("</td></tr>\n")
        }
        writer.raw("</tbody>\n</table>\n</figure>\n")
        endSection(.facts, hidden: facts.hidden)
    }

    private mutating func writeTimeline() {
        let events = selection.timeline
        guard startSection(.timeline, isEmpty: events.shown.isEmpty) else { return }
        writer.raw("<ul class=\"timeline\">\n")
        for event in events.shown {
            writer.origin = TextOrigin(article: event.article, paragraph: event.paragraph)
            writer.start("li", [("dir", direction(event.summary))])
            let date = BriefWording.displayDate(event)
            if Self.isDateValue(date) { writer.element("time", [("datetime", date)], text: date) } else { writer.text(date) }
            writer.text(": \(event.summary)")
            cite([event.provenance])
            writer.raw("</li>\n")
        }
        writer.raw("</ul>\n")
        endSection(.timeline, hidden: events.hidden)
    }

    private mutating func writeEntities() {
        let entities = selection.entities
        guard startSection(.entities, isEmpty: entities.shown.isEmpty) else { return }
        writer.raw("<ul>\n")
        for entity in entities.shown {
            let aliases = entity.aliases.isEmpty ? "" : "; also " + entity.aliases.joined(separator: ", ")
            let mentions = Counting.count(entity.mentions.count, "mention", "mentions")
            let articles = Counting.count(entity.mentionCounts.count, "article", "articles")
            listItem("\(entity.name) (\(BriefWording.kindName(entity.kind))\(aliases)): \(mentions) in \(articles)", citing: [])
        }
        writer.raw("</ul>\n")
        endSection(.entities, hidden: entities.hidden)
    }

    private mutating func writeSources() {
        let sources = selection.sources
        guard startSection(.sources, isEmpty: sources.shown.isEmpty) else { return }
        writer.raw("<ul class=\"sources\">\n")
        for article in sources.shown {
            writer.origin = TextOrigin(article: article.id)
            let title = article.title.isEmpty ? article.source : article.title
            writer.start("li", [("dir", direction(title))])
            writer.text("\(article.id): ")
            link(title, to: article.url)
            if article.titleInferred { writer.text(" (title inferred from the text)") }
            let details = [article.outlet, article.byline, article.publishedDate?.description].compactMap { $0 }
            if !details.isEmpty { writer.text(", " + details.joined(separator: ", ")) }
            writer.raw("</li>\n")
        }
        writer.raw("</ul>\n")
        endSection(.sources, hidden: sources.hidden)
    }

    /// The notes the citations point to, each with a link back to its first reference.
    private mutating func writeNotes() {
        let notes = footnotes.notes
        guard !notes.isEmpty else { return }
        writer.origin = TextOrigin()
        writer.raw("<section class=\"footnotes\" aria-labelledby=\"notes\">\n<h2 id=\"notes\">Notes</h2>\n<ol>\n")
        for (index, note) in notes.enumerated() {
            let number = index + 1
            writer.origin = TextOrigin(article: note.source.article, paragraph: note.source.paragraph)
            writer.start("li", [("id", "note-\(number)")])
            writer.text(note.text)
            if let url = note.url {
                writer.text(" ")
                link(url, to: url)
            }
            writer.raw(" <a class=\"back\" href=\"#ref-\(number)\" aria-label=\"Back to reference \(number)\">↑</a></li>\n")
        }
        writer.raw("</ol>\n</section>\n")
    }

    private mutating func startSection(_ section: BriefSection, isEmpty: Bool) -> Bool {
        guard !isEmpty else { return false }
        writer.origin = TextOrigin()
        writer.raw("<section id=\"\(section.anchor)\" aria-labelledby=\"\(section.anchor)-heading\">\n")
        writer.elementLine("h2", [("id", "\(section.anchor)-heading")], text: section.heading)
        return true
    }

    private mutating func endSection(_ section: BriefSection, hidden: Int) {
        if hidden > 0 {
            writer.origin = TextOrigin()
            writer.elementLine("p", [("class", "more")], text: section.cappedLine(hidden))
            diagnostics.append(Diagnostic(.note, code: "html-section-capped",
                                          "\(section.heading): the HTML brief leaves out \(Counting.grouped(hidden)) \(section.noun); factsheet.xlsx lists them all",
                                          file: fileName))
        }
        writer.raw("</section>\n")
    }

    private mutating func listItem(_ text: String, citing sources: [Provenance]) {
        writer.origin = TextOrigin(article: sources.first?.article, paragraph: sources.first?.paragraph)
        writer.start("li", [("dir", direction(text))])
        writer.text(text)
        cite(sources)
        writer.raw("</li>\n")
    }

    private mutating func cite(_ sources: [Provenance]) {
        footnotes.cite(sources, articles: selection.items.articles, into: &writer)
    }

    /// A link when the address is http or https; otherwise the text alone, and the address is reported.
    private mutating func link(_ text: String, to url: String?) {
        guard let url else { return writer.text(text) }
        guard TextTraits.isLinkable(url) else {
            writer.text(text)
            unlinked.append(url)
            return
        }
        writer.element("a", [("href", url)], text: text)
    }

    private func sourceName(_ articleID: String) -> String {
        guard let article = selection.items.articles[articleID] else { return articleID }
        return article.outlet ?? article.title
    }

    private func direction(_ text: String) -> String? {
        TextTraits.hasRightToLeft(text) ? "auto" : nil
    }

    /// `2023`, `2013-01` or `2021-09-25`, the forms a `time` element's `datetime` accepts.
    private static func isDateValue(_ text: String) -> Bool {
        let digits = text.utf8.map { (0x30...0x39).contains($0) }
        let dash = text.utf8.map { $0 == UInt8(ascii: "-") }
        switch text.utf8.count {
        case 4: return digits.allSatisfy { $0 }
        case 7: return dash[4] && digits.enumerated().allSatisfy { $0.offset == 4 || $0.element }
        case 10: return dash[4] && dash[7] && digits.enumerated().allSatisfy { [4, 7].contains($0.offset) || $0.element }
        default: return false
        }
    }

    private mutating func reportLosses() {
        let removed = writer.removedCharacters.values.reduce(0, +)
        if removed > 0 {
            diagnostics.append(Diagnostic(.warning, code: "html-control-characters",
                                          "removed \(removed) control characters that an HTML page cannot hold", file: fileName))
        }
        var seen: Set<String> = []
        for url in unlinked where seen.insert(url).inserted {
            diagnostics.append(Diagnostic(.note, code: "html-link-as-text",
                                          "the address '\(url.prefix(80))' is shown as text: the HTML brief links only http and https addresses",
                                          file: fileName))
        }
    }
}
