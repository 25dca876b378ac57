import DossierCore

/// The first items of a list that a brief shows, and how many it leaves to the fact sheet.
package struct Capped<Item> {
    package var shown: [Item]
    /// Items (for quotes and facts: copies, one per article) that are not shown.
    package var hidden: Int
}

/// The sections of a brief, in order, with the heading and the noun of the "And N more …" line.
package enum BriefSection: CaseIterable {
    case keyPoints, quotes, facts, timeline, entities, sources

    package var heading: String {
        switch self {
        case .keyPoints: "Key points"
        case .quotes: "Who said what"
        case .facts: "Facts"
        case .timeline: "Timeline"
        case .entities: "People, organisations and places"
        case .sources: "Sources"
        }
    }

    /// The plural the capped line counts in.
    package var noun: String {
        switch self {
        case .keyPoints: "key points"
        case .quotes: "quotes"
        case .facts: "facts"
        case .timeline: "events"
        case .entities: "names"
        case .sources: "articles"
        }
    }

    /// An ASCII fragment ID for the section.
    package var anchor: String {
        switch self {
        case .keyPoints: "key-points"
        case .quotes: "quotes"
        case .facts: "facts"
        case .timeline: "timeline"
        case .entities: "entities"
        case .sources: "sources"
        }
    }

    /// `And 12 more quotes in factsheet.xlsx.`
    package func cappedLine(_ hidden: Int) -> String {
        "And \(Counting.grouped(hidden)) more \(noun) in factsheet.xlsx."
    }
}

/// What every brief (Markdown, Word, HTML) shows of a packet: ``BriefItems`` cut to ``BriefLimits``.
package struct BriefSelection {
    package let items: BriefItems
    package let keyPoints: Capped<KeyPoint>
    /// Speakers in order, their quotes cut so that all groups together stay within the limit.
    package let speakers: Capped<SpeakerGroup>
    package let facts: Capped<Merged<Quantity>>
    package let timeline: Capped<TimelineEvent>
    package let entities: Capped<Entity>
    package let sources: Capped<Article>

    package init(_ packet: Packet) {
        let items = BriefItems(packet)
        self.items = items
        keyPoints = Self.cap(items.keyPoints, BriefLimits.keyPoints)
        var budget = BriefLimits.quotes
        var groups: [SpeakerGroup] = []
        var shownQuotes = 0
        for group in items.speakers where budget > 0 {
            let quotes = Array(group.quotes.prefix(budget))
            budget -= quotes.count
            shownQuotes += quotes.reduce(0) { $0 + $1.copies.count }
            groups.append(SpeakerGroup(name: group.name, quotes: quotes))
        }
        speakers = Capped(shown: groups, hidden: packet.quotes.count - shownQuotes)
        let facts = Array(items.facts.prefix(BriefLimits.facts))
        self.facts = Capped(shown: facts, hidden: packet.quantities.count - facts.reduce(0) { $0 + $1.copies.count })
        timeline = Self.cap(items.timeline, BriefLimits.events)
        entities = Self.cap(items.entities, BriefLimits.entities)
        sources = Self.cap(packet.articles, BriefLimits.sources)
    }

    private static func cap<Item>(_ items: [Item], _ limit: Int) -> Capped<Item> {
        Capped(shown: Array(items.prefix(limit)), hidden: max(0, items.count - limit))
    }
}

/// What a citation of one paragraph says: the article's title, outlet and date, and the paragraph.
package struct CitationNote {
    package let source: Provenance
    /// `“Title” (Outlet), 2021-09-25, paragraph a1-p3.`
    package let text: String
    /// The article's address, when it has one; each format decides whether it can be a link.
    package let url: String?

    package init(_ source: Provenance, articles: [String: Article]) {
        self.source = source
        let paragraph = "paragraph \(source.citationLabel)."
        guard let article = articles[source.article] else {
            text = "Article \(source.article), not in this packet, \(paragraph)"
            url = nil
            return
        }
        let title = article.title.isEmpty ? article.source : article.title
        let details = [article.outlet, article.publishedDate?.description].compactMap { $0 }
        text = (["“\(title)”"] + details).joined(separator: ", ") + ", \(paragraph)"
        url = article.url
    }
}
