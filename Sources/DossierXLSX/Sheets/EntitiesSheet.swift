import DossierCore

enum EntitiesSheet {
    private static let fixedColumns = [
        Column(header: "ID", width: 22), Column(header: "Name", width: 24, wraps: true), Column(header: "Kind", width: 13),
        Column(header: "Aliases", width: 24, wraps: true), Column(header: "Total mentions", width: 10),
        Column(header: "Articles", width: 9),
    ]

    /// One mention-count column per article (headed by its ID), as far as Excel's columns reach.
    static func layout(_ packet: Packet, report: ExportReport) -> SheetLayout {
        let room = SheetWriter.maxColumns - fixedColumns.count
        let articles = packet.articles.prefix(room).map(\.id)
        if packet.articles.count > room {
            report.warn("xlsx-columns-omitted",
                        "Entities has mention columns for the first \(room) of \(packet.articles.count) articles only (Excel holds \(SheetWriter.maxColumns) columns); totals count every article")
        }
        let columns = fixedColumns + articles.map { Column(header: $0, width: 6) }
        let columnOfArticle = Dictionary(articles.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let table = TableBlock(name: "Entities", columns: columns, items: packet.entities) { entity in
            let counts = entity.mentionCounts
            // Most entities appear in few articles: fill only their columns.
            var perArticle = [Cell](repeating: .empty, count: articles.count)
            for (article, count) in counts {
                if let column = columnOfArticle[article] { perArticle[column] = .count(count) }
            }
            return Row(cells: [.text(entity.id), .text(entity.name), .text(entity.kind.rawValue),
                               .text(entity.aliases.joined(separator: "; ")), .count(entity.mentions.count), .count(counts.count)]
                           + perArticle)
        }
        return SheetLayout(name: "Entities", summary: "People, organisations and places with their mentions per article", blocks: [table])
    }
}
