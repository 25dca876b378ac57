import DossierCore

/// One row per entity with its totals; the mentions per article are on ``MentionsSheet``, one row per
/// (entity, article), so that neither sheet grows with entities × articles.
enum EntitiesSheet {
    static func layout(_ packet: Packet, mentions: EntityMentions) -> SheetLayout {
        let columns = [
            Column(header: "ID", width: 22), Column(header: "Name", width: 24, wraps: true), Column(header: "Kind", width: 13),
            Column(header: "Aliases", width: 24, wraps: true), Column(header: "Total mentions", width: 10),
            Column(header: "Articles", width: 9), Column(header: "Article IDs", width: 30, wraps: true),
        ]
        let table = TableBlock(name: "Entities", columns: columns, rowCount: { packet.entities.count }) { index in
            let entity = packet.entities[index]
            let entries = mentions.entries[mentions.ranges[index]]
            return Row(cells: [.text(entity.id), .text(entity.name), .text(entity.kind.rawValue),
                               .text(entity.aliases.joined(separator: "; ")), .count(entity.mentions.count), .count(entries.count),
                               .text(ArticleList.text(entries.lazy.map(\.article), total: entries.count))])
        }
        return SheetLayout(name: "Entities", summary: "People, organisations and places with their totals and articles", blocks: [table])
    }
}
