import DossierCore

/// An item the brief shows once although several articles carry it (a corroborated quote or number),
/// with every copy, so that each source is cited.
package struct Merged<Item> {
    package var item: Item
    package var copies: [Item]
    /// How many articles carry it, from the packet's corroborations; 1 when uncorroborated.
    package var sourceCount: Int
}

/// The quotes of one speaker; a nil name is the group of quotes whose speaker the articles do not name.
package struct SpeakerGroup {
    package var name: String?
    package var quotes: [Merged<Quote>]
}

/// The packet's findings in the order the brief shows them. Shared by the built-in layout and the
/// template context, and by the Word and HTML briefs, so all agree on what comes first.
package struct BriefItems {
    package let articles: [String: Article]
    /// Packet-wide key points, most central first.
    package let keyPoints: [KeyPoint]
    /// Speakers by importance (the speaker's mentions, then quotes); the unnamed speaker last.
    package let speakers: [SpeakerGroup]
    /// Facts of the packet's own stories (context numbers of other events left out), the most
    /// corroborated first.
    package let facts: [Merged<Quantity>]
    /// The packet's synopsis, in its order.
    package let synopsis: [SynopsisSentence]
    /// Stories most central first; empty for a packet written before stories existed.
    package let stories: [Story]
    /// Events by date; events of the same date keep the packet's order.
    package let timeline: [TimelineEvent]
    /// Most mentioned first; ties keep the packet's order.
    package let entities: [Entity]

    package init(_ packet: Packet) {
        articles = Dictionary(packet.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        keyPoints = Self.stableSorted(packet.keyPoints.filter { $0.scope == .packet }) { $0.rank < $1.rank }
        let names = Dictionary(packet.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let quotes = Self.merge(packet.quotes, id: \.id, kind: .quote, corroborations: packet.corroborations)
        let mentions = Dictionary(packet.entities.map { ($0.id, $0.mentions.count) }, uniquingKeysWith: { first, _ in first })
        let groups = Self.group(quotes) { quote in quote.speaker.map { names[$0] ?? $0 } }
        speakers = Self.stableSorted(groups) { a, b in
            guard let first = a.quotes.first?.item.speaker, let second = b.quotes.first?.item.speaker else {
                return a.name != nil && b.name == nil
            }
            let (x, y) = (mentions[first] ?? 0, mentions[second] ?? 0)
            return x != y ? x > y : a.quotes.count > b.quotes.count
        }
        let ownFacts = packet.quantities.filter { $0.context != true }
        facts = Self.stableSorted(Self.merge(ownFacts, id: \.id, kind: .quantity, corroborations: packet.corroborations)) {
            $0.sourceCount > $1.sourceCount
        }
        synopsis = packet.synopsis ?? []
        stories = packet.stories ?? []
        // Months without their year have no place among the dated events: they follow them.
        timeline = Self.stableSorted(packet.timeline) {
            ($0.precision == .monthWithoutYear ? 1 : 0, $0.date) < ($1.precision == .monthWithoutYear ? 1 : 0, $1.date)
        }
        entities = Self.stableSorted(packet.entities) { $0.mentions.count > $1.mentions.count }
    }

    /// The quotes of a speaker worth the brief's room, strongest first: whole quotes before partial ones,
    /// then the most corroborated, then the longest; one-word and scare quotes are left to the workbook.
    package static func strongest(_ group: SpeakerGroup) -> [Merged<Quote>] {
        let worthy = group.quotes.filter { $0.item.text.split(separator: " ").count >= BriefLimits.quoteWords }
        return stableSorted(worthy) { a, b in
            if a.item.partial != b.item.partial { return !a.item.partial }
            if a.sourceCount != b.sourceCount { return a.sourceCount > b.sourceCount }
            return min(a.item.text.count, 240) > min(b.item.text.count, 240)
        }
    }

    /// Sorts keeping the input order among equal elements, whatever the standard library's sort does.
    package static func stableSorted<T>(_ items: [T], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
        items.enumerated().sorted { a, b in
            if areInIncreasingOrder(a.element, b.element) { return true }
            if areInIncreasingOrder(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Folds the items one corroboration links into the first of them, in packet order.
    package static func merge<Item>(_ items: [Item], id: (Item) -> String, kind: CorroborationKind,
                            corroborations: [Corroboration]) -> [Merged<Item>] {
        var corroborationOfItem: [String: Corroboration] = [:]
        for corroboration in corroborations where corroboration.kind == kind {
            for item in corroboration.items where corroborationOfItem[item] == nil {
                corroborationOfItem[item] = corroboration
            }
        }
        var merged: [Merged<Item>] = []
        var indexOfCorroboration: [String: Int] = [:]
        for item in items {
            guard let corroboration = corroborationOfItem[id(item)] else {
                merged.append(Merged(item: item, copies: [item], sourceCount: 1))
                continue
            }
            if let index = indexOfCorroboration[corroboration.id] {
                merged[index].copies.append(item)
            } else {
                indexOfCorroboration[corroboration.id] = merged.count
                merged.append(Merged(item: item, copies: [item], sourceCount: max(1, corroboration.articles.count)))
            }
        }
        return merged
    }

    private static func group(_ quotes: [Merged<Quote>], speaker: (Quote) -> String?) -> [SpeakerGroup] {
        var groups: [SpeakerGroup] = []
        var indexOfName: [String: Int] = [:]
        var unnamed = SpeakerGroup(name: nil, quotes: [])
        for quote in quotes {
            guard let name = speaker(quote.item) else {
                unnamed.quotes.append(quote)
                continue
            }
            if let index = indexOfName[name] {
                groups[index].quotes.append(quote)
            } else {
                indexOfName[name] = groups.count
                groups.append(SpeakerGroup(name: name, quotes: [quote]))
            }
        }
        return unnamed.quotes.isEmpty ? groups : groups + [unnamed]
    }
}
