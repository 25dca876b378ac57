import DossierCore

/// Writes the whole workbook: sheets in tab order Overview, Key points, Quotes, Entities, Mentions,
/// Facts, Timeline, Sources, Paragraphs, Warnings (long tables continue on numbered sheets right after their first one).
enum FactSheet {
    static func write(_ packet: Packet, to path: String, options: XLSXOptions, fileName: String) throws(XLSXError) -> [Diagnostic] {
        let report = ExportReport(file: fileName)
        let mentions = EntityMentions(packet.entities)
        let workbook = try Workbook(path: path, constantMemory: rowCount(packet, mentions: mentions) > options.constantMemoryThreshold)
        let rowsPerSheet = max(1, min(options.rowsPerSheet, SheetWriter.maxDataRows))
        let writer = try SheetWriter(workbook: workbook, report: report, rowsPerSheet: rowsPerSheet)
        let overview = OverviewSheet(packet, text: writer.text)
        let overviewSheet = try workbook.addWorksheet(named: OverviewSheet.name)

        let sources = SourcesIndex(packet.articles, rowsPerSheet: rowsPerSheet)
        let paragraphs = ParagraphsIndex(packet.articles, rowsPerSheet: rowsPerSheet)
        let corroborations = CorroborationIndex(packet.corroborations)
        for layout in [
            KeyPointsSheet.layout(packet, sources: sources, paragraphs: paragraphs),
            QuotesSheet.layout(packet, sources: sources, paragraphs: paragraphs, corroborations: corroborations),
            EntitiesSheet.layout(packet, mentions: mentions),
            MentionsSheet.layout(packet, mentions: mentions, sources: sources),
            FactsSheet.layout(packet, sources: sources, paragraphs: paragraphs, corroborations: corroborations),
            TimelineSheet.layout(packet, sources: sources, paragraphs: paragraphs),
            SourcesSheet.layout(packet),
            ParagraphsSheet.layout(packet, sources: sources),
        ] {
            try writer.write(layout)
        }
        let warnings = try writer.write(WarningsSheet.layout(packet, report: report, sources: sources, paragraphs: paragraphs))
        try writer.write(overview.layout(sheets: writer.sheets, warnings: warnings), into: overviewSheet)

        try workbook.setProperties(title: ControlCharacters.strip(packet.title).text,
                                   subject: "Fact sheet of \(packet.articles.count) articles",
                                   author: ControlCharacters.strip(packet.generator.displayName).text,
                                   created: packet.date.secondsSince1970)
        try workbook.close()
        return report.diagnostics
    }

    /// Data rows over all sheets, which is what decides constant-memory mode.
    static func rowCount(_ packet: Packet, mentions: EntityMentions) -> Int {
        let removed = packet.articles.reduce(0) { $0 + $1.removed.count }
        let blocks = packet.articles.reduce(0) { $0 + $1.body.count }
        return packet.keyPoints.count + packet.quotes.count + packet.entities.count + mentions.entries.count + packet.quantities.count
            + packet.timeline.count + packet.articles.count + blocks + packet.diagnostics.count + removed
    }
}
