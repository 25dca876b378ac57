import DossierCore

enum QuotesSheet {
    static func layout(_ packet: Packet, sources: SourcesIndex, paragraphs: ParagraphsIndex, corroborations: CorroborationIndex) -> SheetLayout {
        let entities = Dictionary(packet.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let columns = [
            Column(header: "ID", width: 9), Column(header: "Quote", width: 60, wraps: true),
            Column(header: "Speaker", width: 22, wraps: true), Column(header: "Speaker kind", width: 13),
            Column(header: "Partial", width: 8), Column(header: "Article", width: 9), Column(header: "Paragraph", width: 11),
        ] + CorroborationIndex.columns + [StoryNames.column] + AnalystColumns.columns
        let stories = StoryNames(packet)
        let table = TableBlock(name: "Quotes", columns: columns, items: packet.quotes) { quote in
            let speaker = quote.speaker.map { entities[$0] }
            let speakerCells: [Cell] = switch speaker {
            case .none: [.empty, .empty]
            case .some(.none): [.text(quote.speaker), .empty]
            case .some(.some(let entity)): [.text(entity.name), .text(entity.kind.rawValue)]
            }
            return Row(cells: [.text(quote.id), .text(quote.text)] + speakerCells
                        + [.flag(quote.partial), sources.link(quote.article), paragraphs.link(quote.paragraph)]
                        + corroborations.cells(for: quote.id, in: quote.article) + [stories.cell(quote.story)],
                       article: quote.article, paragraph: quote.paragraph)
        }
        return SheetLayout(name: "Quotes", summary: "Every quote with its speaker, source and corroboration", blocks: [table])
    }
}
