import DossierCore

enum TimelineSheet {
    static func layout(_ packet: Packet, sources: SourcesIndex, paragraphs: ParagraphsIndex) -> SheetLayout {
        let columns = [
            Column(header: "ID", width: 9), Column(header: "Date", width: 12), Column(header: "Precision", width: 10),
            Column(header: "Event", width: 60, wraps: true), Column(header: "Article", width: 9), Column(header: "Paragraph", width: 11),
            StoryNames.column,
        ] + AnalystColumns.columns
        let stories = StoryNames(packet)
        let table = TableBlock(name: "Timeline", columns: columns, items: packet.timeline) { event in
            // A month without its year is no day of the calendar: the sheet shows it as text ("--10").
            let date: Cell = event.precision == .monthWithoutYear ? .text("--" + event.date) : .date(event.date, event.precision)
            return Row(cells: [.text(event.id), date, .text(event.precision.rawValue),
                        .text(event.summary), sources.link(event.article), paragraphs.link(event.paragraph), stories.cell(event.story)],
                article: event.article, paragraph: event.paragraph)
        }
        return SheetLayout(name: "Timeline", summary: "Dated events as real dates; year and month dates shown as such", blocks: [table])
    }
}
