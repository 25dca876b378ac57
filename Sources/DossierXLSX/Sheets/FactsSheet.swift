import DossierCore

enum FactsSheet {
    static func layout(_ packet: Packet, sources: SourcesIndex, paragraphs: ParagraphsIndex, corroborations: CorroborationIndex) -> SheetLayout {
        let columns = [
            Column(header: "ID", width: 9), Column(header: "Value", width: 16), Column(header: "Unit", width: 7),
            Column(header: "Noun", width: 20, wraps: true), Column(header: "As written", width: 18, wraps: true),
            Column(header: "Sentence", width: 60, wraps: true), Column(header: "Article", width: 9), Column(header: "Paragraph", width: 11),
        ] + CorroborationIndex.columns + [StoryNames.column] + AnalystColumns.columns
        let stories = StoryNames(packet)
        let table = TableBlock(name: "Facts", columns: columns, items: packet.quantities) { fact in
            Row(cells: [.text(fact.id), .amount(fact.value, unit: fact.unit), .text(fact.unit), .text(fact.noun), .text(fact.text),
                        .text(fact.sentence), sources.link(fact.article), paragraphs.link(fact.paragraph)]
                    + corroborations.cells(for: fact.id, in: fact.article) + [stories.cell(fact.story)],
                article: fact.article, paragraph: fact.paragraph)
        }
        return SheetLayout(name: "Facts", summary: "Numbers the articles state, as numbers, with their sentence", blocks: [table])
    }
}
