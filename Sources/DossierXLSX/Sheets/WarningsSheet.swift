import DossierCore

/// Every diagnostic of the build, every line cleaning removed, then every diagnostic of this export,
/// including those that arise while this sheet is written.
enum WarningsSheet {
    static func layout(_ packet: Packet, report: ExportReport, sources: SourcesIndex, paragraphs: ParagraphsIndex) -> SheetLayout {
        let columns = [
            Column(header: "Severity", width: 9), Column(header: "Code", width: 22), Column(header: "Message", width: 70, wraps: true),
            Column(header: "Reason", width: 24, wraps: true), Column(header: "File", width: 28, wraps: true),
            Column(header: "Line", width: 6), Column(header: "Article", width: 9), Column(header: "Paragraph", width: 11),
        ]
        let removed = packet.articles.indices.flatMap { article in packet.articles[article].removed.indices.map { (article, $0) } }
        let fixedRows = packet.diagnostics.count + removed.count
        let table = TableBlock(name: "Warnings", columns: columns, rowCount: { fixedRows + report.diagnostics.count }) { index in
            if index < packet.diagnostics.count {
                return row(packet.diagnostics[index], sources: sources, paragraphs: paragraphs)
            }
            if index < fixedRows {
                let (articleIndex, lineIndex) = removed[index - packet.diagnostics.count]
                let article = packet.articles[articleIndex]
                let line = article.removed[lineIndex]
                return Row(cells: [.text("note"), .text("removed-\(line.reason.rawValue)"), .text(line.text), .text(line.reason.explanation),
                                   .text(article.source), .count(line.line), sources.link(article.id), .empty],
                           article: article.id)
            }
            return row(report.diagnostics[index - fixedRows], sources: sources, paragraphs: paragraphs)
        }
        return SheetLayout(name: "Warnings", summary: "Diagnostics of the build and of this workbook, and every line removed from an article", blocks: [table])
    }

    private static func row(_ diagnostic: Diagnostic, sources: SourcesIndex, paragraphs: ParagraphsIndex) -> Row {
        Row(cells: [.text(diagnostic.severity.rawValue), .text(diagnostic.code), .text(diagnostic.message), .empty,
                    .text(diagnostic.file), .empty, sources.link(diagnostic.article), paragraphs.link(diagnostic.paragraph)],
            article: diagnostic.article, paragraph: diagnostic.paragraph)
    }
}
