import DossierCore

/// Long format: one row per entity and article it is mentioned in, the count as a number and the
/// article linked to its Sources row. Right after Entities, in entity order.
enum MentionsSheet {
    static func layout(_ packet: Packet, mentions: EntityMentions, sources: SourcesIndex) -> SheetLayout {
        let columns = [
            Column(header: "Entity ID", width: 22), Column(header: "Entity", width: 24, wraps: true),
            Column(header: "Article", width: 9), Column(header: "Mentions", width: 10),
        ]
        let table = TableBlock(name: "Mentions", columns: columns, items: mentions.entries) { entry in
            let entity = packet.entities[entry.entity]
            return Row(cells: [.text(entity.id), .text(entity.name), sources.link(entry.article), .count(entry.count)],
                       article: entry.article)
        }
        return SheetLayout(name: "Mentions", summary: "How often each entity is mentioned in each article, one row per entity and article",
                           blocks: [table])
    }
}
