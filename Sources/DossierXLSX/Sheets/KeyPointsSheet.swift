import DossierCore

enum KeyPointsSheet {
    static func layout(_ packet: Packet, sources: SourcesIndex, paragraphs: ParagraphsIndex) -> SheetLayout {
        let columns = [
            Column(header: "ID", width: 9), Column(header: "Scope", width: 9), Column(header: "Rank", width: 6),
            Column(header: "Point", width: 80, wraps: true), Column(header: "Article", width: 9), Column(header: "Paragraph", width: 11),
            StoryNames.column,
        ] + AnalystColumns.columns
        let stories = StoryNames(packet)
        let table = TableBlock(name: "KeyPoints", columns: columns, items: packet.keyPoints) { point in
            Row(cells: [.text(point.id), .text(point.scope.rawValue), .count(point.rank), .text(point.text),
                        sources.link(point.article), paragraphs.link(point.paragraph), stories.cell(point.story)],
                article: point.article, paragraph: point.paragraph)
        }
        return SheetLayout(name: "Key points", summary: "The most central sentences, for the packet and for each article", blocks: [table])
    }
}
