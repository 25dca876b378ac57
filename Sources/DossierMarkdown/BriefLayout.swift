import DossierCore

/// The built-in layout of `brief.md`, written section by section; a section with nothing in it is
/// left out with its heading.
final class BriefLayout {
    private let packet: Packet
    private let options: MarkdownOptions
    private let fileName: String
    private let items: BriefItems
    private let text = BriefText()
    private var citations: Citations
    private var diagnostics: [Diagnostic] = []

    init(packet: Packet, options: MarkdownOptions, fileName: String) {
        self.packet = packet
        self.options = options
        self.fileName = fileName
        items = BriefItems(packet)
        citations = Citations(style: options.citations)
    }

    /// Writes the whole brief and returns what the reader should know about it.
    func write(to writer: BriefWriter) throws(MarkdownError) -> [Diagnostic] {
        try writer.block(FrontMatter(packet: packet, clean: text.plain).lines(options.frontMatter))
        try writeHeader(writer)
        try writeKeyPoints(writer)
        try writeQuotes(writer)
        try writeFacts(writer)
        try writeTimeline(writer)
        try writeEntities(writer)
        try writeSources(writer)
        for footnote in citations.footnotes(articles: items.articles, text: text) {
            try writer.block([footnote])
        }
        return diagnostics + citations.missingArticles(items.articles, file: fileName) + text.diagnostics(file: fileName)
    }

    private func writeHeader(_ writer: BriefWriter) throws(MarkdownError) {
        let title = text.markdown(packet.title)
        try writer.block(["# " + (title.isEmpty ? "Briefing" : title)])
        try writer.block(["\(packet.date) · \(Counting.count(packet.articles.count, "article", "articles"))"])
        let summary = items.keyPoints.prefix(BriefLimits.keyPoints).map { text.markdown($0.text) }
        try writer.block(summary.isEmpty ? [] : [summary.joined(separator: " ")])
    }

    private func writeKeyPoints(_ writer: BriefWriter) throws(MarkdownError) {
        let shown = items.keyPoints.prefix(BriefLimits.keyPoints)
        let lines = shown.map { point in
            "- " + text.markdown(point.text) + cite([point.provenance])
        }
        try section("Key points", lines, hidden: items.keyPoints.count - shown.count, noun: "key points", to: writer)
    }

    private func writeQuotes(_ writer: BriefWriter) throws(MarkdownError) {
        var budget = BriefLimits.quotes
        var shownQuotes = 0
        var lines: [String] = []
        for group in items.speakers where budget > 0 {
            let shown = group.quotes.prefix(budget)
            budget -= shown.count
            lines.append("- " + (group.name.map(text.markdown) ?? "Speaker not named"))
            for quote in shown {
                shownQuotes += quote.copies.count
                let partial = quote.item.partial ? " (partial quote)" : ""
                let corroborated = quote.sourceCount > 1 ? " — \(Counting.count(quote.sourceCount, "source", "sources"))" : ""
                lines.append("  - “\(text.markdown(quote.item.text))”\(partial)\(corroborated)" + cite(quote.copies.map(\.provenance)))
            }
        }
        try section("Who said what", lines, hidden: packet.quotes.count - shownQuotes, noun: "quotes", to: writer)
    }

    private func writeFacts(_ writer: BriefWriter) throws(MarkdownError) {
        let shown = items.facts.prefix(BriefLimits.facts)
        let rows = shown.map { fact in
            let sources = fact.copies.prefix(Citations.maximumPerClaim).map { copy in
                sourceName(copy.article) + cite([copy.provenance])
            }
            let more = fact.copies.count > sources.count ? ["\(Counting.grouped(fact.copies.count - sources.count)) more"] : []
            return "| \(text.markdown(fact.item.text)) | \(text.markdown(fact.item.noun)) | \((sources + more).joined(separator: "; ")) |"
        }
        let table = rows.isEmpty ? [] : ["| Value | What | Source |", "| --- | --- | --- |"] + rows
        let hidden = packet.quantities.count - shown.reduce(0) { $0 + $1.copies.count }
        try section("Facts", table, hidden: hidden, noun: "facts", to: writer)
    }

    private func writeTimeline(_ writer: BriefWriter) throws(MarkdownError) {
        let shown = items.timeline.prefix(BriefLimits.events)
        let lines = shown.map { event in
            "- \(text.markdown(Self.displayDate(event))): \(text.markdown(event.summary))" + cite([event.provenance])
        }
        try section("Timeline", lines, hidden: items.timeline.count - shown.count, noun: "events", to: writer)
        if options.mermaid && !shown.isEmpty {
            try writer.block(MermaidTimeline.lines(title: text.plain(packet.title),
                                                   events: shown.map { (text.plain(Self.displayDate($0)), text.plain($0.summary)) }))
        }
    }

    private func writeEntities(_ writer: BriefWriter) throws(MarkdownError) {
        let shown = items.entities.prefix(BriefLimits.entities)
        let lines = shown.map { entity in
            let aliases = entity.aliases.isEmpty ? "" : "; also " + entity.aliases.map(text.markdown).joined(separator: ", ")
            let mentions = Counting.count(entity.mentions.count, "mention", "mentions")
            let articles = Counting.count(entity.mentionCounts.count, "article", "articles")
            return "- \(text.markdown(entity.name)) (\(Self.kindName(entity.kind))\(aliases)): \(mentions) in \(articles)"
        }
        try section("People, organisations and places", lines, hidden: items.entities.count - shown.count,
                    noun: "names", to: writer)
    }

    private func writeSources(_ writer: BriefWriter) throws(MarkdownError) {
        let shown = packet.articles.prefix(BriefLimits.sources)
        let lines = shown.map { article in
            var title = text.markdown(article.title)
            if title.isEmpty { title = text.markdown(article.source) }
            if let url = article.url {
                if let destination = MarkdownText.linkDestination(url) {
                    title = "[\(title)](\(destination))"
                } else {
                    diagnostics.append(Self.linkNotShown(article, file: fileName))
                }
            }
            if article.titleInferred { title += " (title inferred from the text)" }
            let details = [article.outlet, article.byline, article.date?.description].compactMap { $0 }.map(text.markdown)
            return "- \(text.markdown(article.id)): " + ([title] + details).joined(separator: ", ")
        }
        try section("Sources", lines, hidden: packet.articles.count - shown.count, noun: "articles", to: writer)
    }

    /// A heading and its body, then "And N more … in factsheet.xlsx." when the list was capped.
    private func section(_ heading: String, _ body: [String], hidden: Int, noun: String,
                         to writer: BriefWriter) throws(MarkdownError) {
        guard !body.isEmpty else { return }
        try writer.block(["## \(heading)"])
        try writer.block(body)
        guard hidden > 0 else { return }
        try writer.block(["And \(Counting.grouped(hidden)) more \(noun) in factsheet.xlsx."])
        diagnostics.append(Diagnostic(.note, code: "markdown-section-capped",
                                      "\(heading): the brief leaves out \(Counting.grouped(hidden)) \(noun); factsheet.xlsx lists them all",
                                      file: fileName))
    }

    private func cite(_ sources: [Provenance]) -> String {
        citations.cite(sources, text: text)
    }

    private func sourceName(_ articleID: String) -> String {
        guard let article = items.articles[articleID] else { return text.markdown(articleID) }
        return text.markdown(article.outlet ?? article.title)
    }

    /// Only `http` and `https` URLs become links; any other is reported rather than dropped silently.
    static func linkNotShown(_ article: Article, file: String) -> Diagnostic {
        Diagnostic(.note, code: "markdown-link-not-shown",
                   "article \(article.id)'s link is not http or https, so the brief does not link it",
                   file: file, article: article.id)
    }

    /// The date as precise as the article is: `2023`, `2020-08`, `2021-09-25`; "October (no year)" for a
    /// month the article gives without its year.
    static func displayDate(_ event: TimelineEvent) -> String {
        let length = switch event.precision {
        case .year: 4
        case .month: 7
        case .day: 10
        case .monthWithoutYear: 2
        }
        let date = String(event.date.prefix(length))
        guard event.precision == .monthWithoutYear, let month = Int(date), monthNames.indices.contains(month - 1) else { return date }
        return "\(monthNames[month - 1]) (no year)"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static func kindName(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "person"
        case .organization: "organisation"
        case .place: "place"
        case .other: "other"
        }
    }
}

// The paragraph each finding comes from, as a citation source.
extension KeyPoint { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension Quote { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension Quantity { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension TimelineEvent { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
