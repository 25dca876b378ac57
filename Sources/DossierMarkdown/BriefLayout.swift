import DossierBrief
import DossierCore

/// The built-in layout of `brief.md`, written section by section; a section with nothing in it is
/// left out with its heading.
final class BriefLayout {
    private let packet: Packet
    private let options: MarkdownOptions
    private let fileName: String
    private let selection: BriefSelection
    private var items: BriefItems { selection.items }
    private let text = BriefText()
    private var citations: Citations
    private var diagnostics: [Diagnostic] = []

    init(packet: Packet, options: MarkdownOptions, fileName: String) {
        self.packet = packet
        self.options = options
        self.fileName = fileName
        selection = BriefSelection(packet)
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
        let summary = selection.keyPoints.shown.map { text.markdown($0.text) }
        try writer.block(summary.isEmpty ? [] : [summary.joined(separator: " ")])
    }

    private func writeKeyPoints(_ writer: BriefWriter) throws(MarkdownError) {
        let lines = selection.keyPoints.shown.map { point in
            "- " + text.markdown(point.text) + cite([point.provenance])
        }
        try section(.keyPoints, lines, hidden: selection.keyPoints.hidden, to: writer)
    }

    private func writeQuotes(_ writer: BriefWriter) throws(MarkdownError) {
        var lines: [String] = []
        for group in selection.speakers.shown {
            lines.append("- " + (group.name.map(text.markdown) ?? "Speaker not named"))
            for quote in group.quotes {
                let partial = quote.item.partial ? " (partial quote)" : ""
                let corroborated = quote.sourceCount > 1 ? " — \(Counting.count(quote.sourceCount, "source", "sources"))" : ""
                lines.append("  - “\(text.markdown(quote.item.text))”\(partial)\(corroborated)" + cite(quote.copies.map(\.provenance)))
            }
        }
        try section(.quotes, lines, hidden: selection.speakers.hidden, to: writer)
    }

    private func writeFacts(_ writer: BriefWriter) throws(MarkdownError) {
        let rows = selection.facts.shown.map { fact in
            let sources = fact.copies.prefix(Citations.maximumPerClaim).map { copy in
                sourceName(copy.article) + cite([copy.provenance])
            }
            let more = fact.copies.count > sources.count ? ["\(Counting.grouped(fact.copies.count - sources.count)) more"] : []
            return "| \(text.markdown(fact.item.text)) | \(text.markdown(fact.item.noun)) | \((sources + more).joined(separator: "; ")) |"
        }
        let table = rows.isEmpty ? [] : ["| Value | What | Source |", "| --- | --- | --- |"] + rows
        try section(.facts, table, hidden: selection.facts.hidden, to: writer)
    }

    private func writeTimeline(_ writer: BriefWriter) throws(MarkdownError) {
        let shown = selection.timeline.shown
        let lines = shown.map { event in
            "- \(text.markdown(BriefWording.displayDate(event))): \(text.markdown(event.summary))" + cite([event.provenance])
        }
        try section(.timeline, lines, hidden: selection.timeline.hidden, to: writer)
        if options.mermaid && !shown.isEmpty {
            try writer.block(MermaidTimeline.lines(title: text.plain(packet.title),
                                                   events: shown.map { (text.plain(BriefWording.displayDate($0)), text.plain($0.summary)) }))
        }
    }

    private func writeEntities(_ writer: BriefWriter) throws(MarkdownError) {
        let lines = selection.entities.shown.map { entity in
            let aliases = entity.aliases.isEmpty ? "" : "; also " + entity.aliases.map(text.markdown).joined(separator: ", ")
            let mentions = Counting.count(entity.mentions.count, "mention", "mentions")
            let articles = Counting.count(entity.mentionCounts.count, "article", "articles")
            return "- \(text.markdown(entity.name)) (\(BriefWording.kindName(entity.kind))\(aliases)): \(mentions) in \(articles)"
        }
        try section(.entities, lines, hidden: selection.entities.hidden, to: writer)
    }

    private func writeSources(_ writer: BriefWriter) throws(MarkdownError) {
        let lines = selection.sources.shown.map { article in
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
        try section(.sources, lines, hidden: selection.sources.hidden, to: writer)
    }

    /// A heading and its body, then "And N more … in factsheet.xlsx." when the list was capped.
    private func section(_ section: BriefSection, _ body: [String], hidden: Int,
                         to writer: BriefWriter) throws(MarkdownError) {
        guard !body.isEmpty else { return }
        try writer.block(["## \(section.heading)"])
        try writer.block(body)
        guard hidden > 0 else { return }
        try writer.block([section.cappedLine(hidden)])
        diagnostics.append(Diagnostic(.note, code: "markdown-section-capped",
                                      "\(section.heading): the brief leaves out \(Counting.grouped(hidden)) \(section.noun); factsheet.xlsx lists them all",
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
}
