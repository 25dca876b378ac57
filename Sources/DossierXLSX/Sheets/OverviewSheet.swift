import DossierCore

/// The first sheet: what the packet holds, its synopsis and key points, links to every other sheet, and a bar chart of the most
/// mentioned entities. Three tables side by side: A–B, D–E and G–H; the chart sits at J2.
///
/// It is written last (into the sheet added first) because it counts the warnings and lists the
/// continuation sheets. Its own text is made safe when it is created, so that whatever that reports
/// reaches the Warnings sheet, which is written before it.
struct OverviewSheet {
    static let name = "Overview"
    static let topEntityCount = 10
    private static let summaryColumn = 1
    private static let entityColumn = 6

    private let summary: [(label: String, value: Cell)]
    private let editorial: [(label: String, value: Cell)]
    private let topEntities: [(name: String, mentions: Int)]

    init(_ packet: Packet, text: CellText) {
        func safe(_ value: String, row: Int, column: Int) -> String {
            text.prepare(value, at: SheetLocation(sheet: Self.name, row: row + 1, column: column))
        }
        let outlets = Set(packet.articles.compactMap(\.outlet))
        let rows: [(label: String, value: Cell)] = [
            ("Title", .text(packet.title)),
            ("Date", .date(packet.date)),
            ("Generator", .text(packet.generator.name)),
            ("Version", .text(packet.generator.version)),
            ("Articles", .count(packet.articles.count)),
            ("Outlets", .count(outlets.count)),
            ("Key points", .count(packet.keyPoints.count)),
            ("Quotes", .count(packet.quotes.count)),
            ("Entities", .count(packet.entities.count)),
            ("Facts", .count(packet.quantities.count)),
            ("Timeline events", .count(packet.timeline.count)),
            ("Corroborations", .count(packet.corroborations.count)),
        ]
        summary = rows.enumerated().map { index, row in
            guard case .text(let value) = row.value else { return row }
            return (row.label, .text(safe(value, row: index, column: Self.summaryColumn)))
        }
        // Below the counts and the Warnings row: what happened and the key points, as the brief opens.
        let editorialRows = (packet.synopsis ?? []).map { ("What happened", $0.text) }
            + packet.keyPoints.filter { $0.scope == .packet }.sorted { $0.rank < $1.rank }.map { ("Key point \($0.rank)", $0.text) }
        editorial = editorialRows.enumerated().map { index, row in
            (row.0, .text(safe(row.1, row: rows.count + 1 + index, column: Self.summaryColumn)))
        }
        let ranked = packet.entities.sorted { ($1.mentions.count, $0.name) < ($0.mentions.count, $1.name) }
        topEntities = ranked.prefix(Self.topEntityCount).enumerated().map {
            (safe($1.name, row: $0, column: Self.entityColumn), $1.mentions.count)
        }
    }

    /// `sheets` are the other sheets in tab order; `warnings` the rows written on the Warnings sheet.
    func layout(sheets: [(name: String, summary: String)], warnings: Int) -> SheetLayout {
        let rows = summary + [("Warnings", .count(warnings))] + editorial
        let summaryTable = TableBlock(name: "Overview", columns: [Column(header: "Item", width: 16), Column(header: "Value", width: 44, wraps: true)],
                                      items: rows) { Row(cells: [.text($0.label), $0.value]) }
        let sheetTable = TableBlock(name: "SheetIndex", firstColumn: 3,
                                    columns: [Column(header: "Sheet", width: 12), Column(header: "Contents", width: 48, wraps: true)],
                                    items: sheets) {
            Row(cells: [.sheetLink(SheetLocation(sheet: $0.name, row: 0, column: 0), label: $0.name), .text($0.summary)])
        }
        let entityTable = TableBlock(name: "TopEntities", firstColumn: Self.entityColumn,
                                     columns: [Column(header: "Entity", width: 24, wraps: true), Column(header: "Mentions", width: 10)],
                                     items: topEntities) { Row(cells: [.text($0.name), .count($0.mentions)]) }
        return SheetLayout(name: Self.name, summary: "What the packet holds", blocks: [summaryTable, sheetTable, entityTable],
                           chart: BarChart(title: "Most mentioned entities", block: 2, anchor: (row: 1, column: 9)), print: .onePage)
    }
}
