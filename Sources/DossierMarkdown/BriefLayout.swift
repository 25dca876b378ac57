import DossierBrief
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
    /// The reading words left; the synopsis and key points are always written, the lists after them fill what is left.
    private var budget: WordBudget

    init(packet: Packet, options: MarkdownOptions, fileName: String) {
        self.packet = packet
        self.options = options
        self.fileName = fileName
        items = BriefItems(packet)
        citations = Citations(style: options.citations)
        budget = WordBudget(options.words)
    }

    /// Writes the whole brief and returns what the reader should know about it.
    func write(to writer: BriefWriter) throws(MarkdownError) -> [Diagnostic] {
        try writer.block(FrontMatter(packet: packet, clean: text.plain).lines(options.frontMatter))
        try writeHeader(writer)
        try writeKeyPoints(writer)
        let left = budget.left
        try writeQuotes(writer, words: Int(Double(left) * BriefLimits.quoteShare))
        try writeFacts(writer)
        try writeTimeline(writer, words: Int(Double(budget.left) * BriefLimits.timelineShare))
        try writeEntities(writer, words: budget.left - Self.pointerWords)
        try writeSources(writer)
        for footnote in citations.footnotes(articles: items.articles, text: text) {
            try writer.block([footnote])
        }
        return diagnostics + citations.missingArticles(items.articles, file: fileName) + text.diagnostics(file: fileName)
    }

    /// Title, what the packet holds, and the synopsis: what happened, in a few cited sentences.
    private func writeHeader(_ writer: BriefWriter) throws(MarkdownError) {
        let title = text.markdown(packet.title)
        let heading = ["# " + (title.isEmpty ? "Briefing" : title)]
        var counts = [Counting.count(packet.articles.count, "article", "articles")]
        if items.stories.count > 1 { counts.append(Counting.count(items.stories.count, "story", "stories")) }
        let line = ["\(packet.date) · " + counts.joined(separator: " in ")]
        budget.spend(heading + line)
        var share = WordBudget(Int(Double(budget.left) * BriefLimits.synopsisShare))
        var synopsis: [String] = []
        for sentence in items.synopsis.prefix(BriefLimits.synopsis) {
            let cited = text.markdown(sentence.text) + cite([sentence.provenance])
            guard synopsis.isEmpty || share.take([cited]) else { break }
            synopsis.append(cited)
        }
        let paragraph = synopsis.isEmpty ? [] : [synopsis.joined(separator: " ")]
        budget.spend(paragraph)
        try writer.block(heading)
        try writer.block(line)
        try writer.block(paragraph)
    }

    /// The packet's key points, under one heading, or under each story's when there are several, while
    /// the words last; a story the packet's points miss shows the first key point of its articles.
    private func writeKeyPoints(_ writer: BriefWriter) throws(MarkdownError) {
        let packetPoints = Array(items.keyPoints.prefix(BriefLimits.keyPoints))
        guard items.stories.count > 1 else {
            var lines: [String] = []
            for point in packetPoints {
                let line = keyPointLine(point)
                guard budget.take([line]) else { break }
                lines.append(line)
            }
            try section("Key points", lines, hidden: 0, noun: ("key point", "key points"), sheet: "Key points", to: writer)
            return
        }
        var hiddenStories = 0
        for story in items.stories {
            let members = Set(story.articles)
            var points = packetPoints.filter { members.contains($0.article) }.prefix(BriefLimits.keyPointsPerStory).map { $0 }
            if points.isEmpty, let first = packet.keyPoints.first(where: { $0.scope == .article && members.contains($0.article) }) {
                points = [first]
            }
            let heading = text.markdown(story.title) + " (" + Counting.count(story.articles.count, "article", "articles") + ")"
            var lines: [String] = []
            for point in points {
                let line = keyPointLine(point)
                guard budget.take(lines.isEmpty ? [heading, line] : [line]) else { break }
                lines.append(line)
            }
            guard !lines.isEmpty else {
                hiddenStories += 1
                continue
            }
            try writer.block(["## " + heading])
            try writer.block(lines)
        }
        guard hiddenStories > 0 else { return }
        let pointer = "And \(Counting.count(hiddenStories, "more story", "more stories")) in factsheet.xlsx, Key points."
        budget.spend([pointer])
        try writer.block([pointer])
    }

    private func keyPointLine(_ point: KeyPoint) -> String {
        let outlet = items.articles[point.article]?.outlet.map { " — " + text.markdown($0) } ?? ""
        return "- " + text.markdown(point.text) + outlet + cite([point.provenance])
    }

    /// Speakers by importance, each with their strongest quotes, while the words last.
    private func writeQuotes(_ writer: BriefWriter, words: Int) throws(MarkdownError) {
        var share = WordBudget(words - Self.pointerWords)
        var shownQuotes = 0
        var lines: [String] = []
        for group in items.speakers {
            let quotes = BriefItems.strongest(group).prefix(BriefLimits.quotesPerSpeaker)
            guard !quotes.isEmpty else { continue }
            var speakerLines = ["- " + (group.name.map(text.markdown) ?? "Speaker not named")]
            var copies = 0
            for quote in quotes {
                let partial = quote.item.partial ? " (partial quote)" : ""
                let corroborated = quote.sourceCount > 1 ? " — \(Counting.count(quote.sourceCount, "source", "sources"))" : ""
                let line = "  - “\(text.markdown(quote.item.text))”\(partial)\(corroborated)" + cite(quote.copies.map(\.provenance))
                guard share.take(speakerLines.count == 1 && copies == 0 ? [speakerLines[0], line] : [line]) else { break }
                speakerLines.append(line)
                copies += quote.copies.count
            }
            guard copies > 0 else { break }
            lines += speakerLines
            shownQuotes += copies
        }
        let hidden = packet.quotes.count - shownQuotes
        budget.spend(lines)
        try section("Who said what", lines, hidden: hidden, noun: ("quote", "quotes"), sheet: "Quotes", to: writer)
    }

    /// A table, read by its rows rather than through: the sentence around each number, its unit, its sources.
    private func writeFacts(_ writer: BriefWriter) throws(MarkdownError) {
        let shown = items.facts.prefix(BriefLimits.facts)
        let rows = shown.map { fact in
            let sources = fact.copies.prefix(Citations.maximumPerClaim).map { copy in
                sourceName(copy.article) + cite([copy.provenance])
            }
            let more = fact.copies.count > sources.count ? ["\(Counting.grouped(fact.copies.count - sources.count)) more"] : []
            let unit = text.markdown(fact.item.unit ?? fact.item.noun)
            return Self.tableRow([FactSentence.markdown(fact.item, text: text), unit, (sources + more).joined(separator: "; ")])
        }
        let table = rows.isEmpty ? [] : ["| Fact | Unit | Source |", "| --- | --- | --- |"] + rows
        let hidden = packet.quantities.count - shown.reduce(0) { $0 + $1.copies.count }
        try section("Facts", table, hidden: hidden, noun: ("number", "numbers"), sheet: "Facts", to: writer)
    }

    private func writeTimeline(_ writer: BriefWriter, words: Int) throws(MarkdownError) {
        var share = WordBudget(words - Self.pointerWords)
        var lines: [String] = []
        var shown: [TimelineEvent] = []
        for event in items.timeline {
            let line = "- \(text.markdown(BriefWording.displayDate(event))): \(text.markdown(event.summary))" + cite([event.provenance])
            guard share.take(shown.isEmpty ? ["Timeline", line] : [line]) else { break }
            lines.append(line)
            shown.append(event)
        }
        budget.spend(lines)
        try section("Timeline", lines, hidden: items.timeline.count - shown.count, noun: ("event", "events"), sheet: "Timeline", to: writer)
        if options.mermaid && !shown.isEmpty {
            try writer.block(MermaidTimeline.lines(title: text.plain(packet.title),
                                                   events: shown.map { (text.plain(BriefWording.displayDate($0)), text.plain($0.summary)) }))
        }
    }

    private func writeEntities(_ writer: BriefWriter, words: Int) throws(MarkdownError) {
        var share = WordBudget(words - Self.pointerWords)
        var lines: [String] = []
        for entity in items.entities {
            let aliases = entity.aliases.isEmpty ? "" : "; also " + entity.aliases.map(text.markdown).joined(separator: ", ")
            let mentions = Counting.count(entity.mentions.count, "mention", "mentions")
            let articles = Counting.count(entity.mentionCounts.count, "article", "articles")
            let line = "- \(text.markdown(entity.name)) (\(BriefWording.kindName(entity.kind))\(aliases)): \(mentions) in \(articles)"
            guard share.take(lines.isEmpty ? ["People, organisations and places", line] : [line]) else { break }
            lines.append(line)
        }
        budget.spend(lines)
        try section("People, organisations and places", lines, hidden: items.entities.count - lines.count,
                    noun: ("name", "names"), sheet: "Entities", to: writer)
    }

    /// A table of the articles: ID, title (linked), outlet, byline, date.
    private func writeSources(_ writer: BriefWriter) throws(MarkdownError) {
        let shown = packet.articles.prefix(BriefLimits.sources)
        let rows = shown.map { article in
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
            let details = [article.outlet, article.byline, article.publishedDate?.description].map { $0.map(text.markdown) ?? "" }
            return Self.tableRow([text.markdown(article.id), title] + details)
        }
        let table = rows.isEmpty ? [] : ["| ID | Title | Outlet | Byline | Date |", "| --- | --- | --- | --- | --- |"] + rows
        try section("Sources", table, hidden: packet.articles.count - shown.count, noun: ("article", "articles"), sheet: "Sources", to: writer)
    }

    /// `| a | b |`, an empty cell as `| |`: one space inside each pipe, as linters expect.
    static func tableRow(_ cells: [String]) -> String {
        "|" + cells.map { $0.isEmpty ? " |" : " \($0) |" }.joined()
    }

    /// Words of a section's heading and of its "And 31 more … in factsheet.xlsx, Quotes." line.
    private static let pointerWords = 14

    /// A heading and its body, then "And N more … in factsheet.xlsx, Sheet." when the list was capped.
    private func section(_ heading: String, _ body: [String], hidden: Int, noun: (singular: String, plural: String), sheet: String,
                         to writer: BriefWriter) throws(MarkdownError) {
        guard !body.isEmpty else { return }
        budget.spend([heading])
        try writer.block(["## \(heading)"])
        try writer.block(body)
        guard hidden > 0 else { return }
        let pointer = "And \(Counting.grouped(hidden)) more \(hidden == 1 ? noun.singular : noun.plural) in factsheet.xlsx, \(sheet)."
        budget.spend([pointer])
        try writer.block([pointer])
        diagnostics.append(Diagnostic(.note, code: "markdown-section-capped",
                                      "\(heading): the brief leaves out \(Counting.grouped(hidden)) \(noun.plural); factsheet.xlsx lists them all",
                                      file: fileName))
    }

    private func cite(_ sources: [Provenance]) -> String {
        citations.cite(sources, text: text)
    }

    /// The outlet, else the article's ID, which the Sources table resolves.
    private func sourceName(_ articleID: String) -> String {
        text.markdown(items.articles[articleID]?.outlet ?? articleID)
    }

    /// Only `http` and `https` URLs become links; any other is reported rather than dropped silently.
    static func linkNotShown(_ article: Article, file: String) -> Diagnostic {
        Diagnostic(.note, code: "markdown-link-not-shown",
                   "article \(article.id)'s link is not http or https, so the brief does not link it",
                   file: file, article: article.id)
    }
}

// The paragraph each finding comes from, as a citation source.
extension SynopsisSentence { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension KeyPoint { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension Quote { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension Quantity { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension TimelineEvent { var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
