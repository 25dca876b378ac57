import DossierCore

/// Writes ``SheetLayout``s cell by cell, every row strictly after the one before, which is what
/// libxlsxwriter's constant-memory mode requires. Everything Excel cannot hold is changed visibly and
/// reported: text through ``CellText``, too-long URLs and links past the per-sheet limit as plain text,
/// impossible dates and numbers as text, and tables past the row limit continued on numbered sheets.
final class SheetWriter {
    /// Longer hyperlinks are refused by Excel 2013 and earlier (libxlsxwriter 1.1.4 itself allows 2,079).
    static let maxURLLength = 255
    static let maxLinksPerSheet = 65_530
    static let maxColumns = 16_384
    /// 1,048,576 rows, one of them the header.
    static let maxDataRows = 1_048_575

    let formats: CellFormats
    let text: CellText
    private let workbook: Workbook
    private let report: ExportReport
    private let rowsPerSheet: Int
    /// Every sheet written so far, in tab order, with its line for the Overview.
    private(set) var sheets: [(name: String, summary: String)] = []

    init(workbook: Workbook, report: ExportReport, rowsPerSheet: Int) throws(XLSXError) {
        self.workbook = workbook
        self.report = report
        self.rowsPerSheet = rowsPerSheet
        formats = try CellFormats(workbook)
        text = CellText(report: report)
    }

    /// Excel tables need the whole sheet in memory; constant-memory workbooks get autofilters instead.
    private var usesTables: Bool { !workbook.constantMemory }

    /// A sheet being filled, with the links it already holds.
    private struct Page {
        let sheet: Worksheet
        let part: Int
        let rowLimit: Int
        /// Per block, its columns' widths as set on the sheet.
        let widths: [[Double]]
        var links = 0

        var firstIndex: Int { part * rowLimit }
    }

    /// Writes `layout` on a new sheet and returns the number of data rows written.
    ///
    /// A layout written into `existing`, a sheet added earlier to keep its tab position, holds Excel's
    /// full row count: numbered sheets for it would land at the end of the tabs.
    @discardableResult
    func write(_ layout: SheetLayout, into existing: Worksheet? = nil) throws(XLSXError) -> Int {
        let rowLimit = existing == nil ? rowsPerSheet : Self.maxDataRows
        var page = try begin(layout, part: 0, rowLimit: rowLimit, on: existing)
        var index = 0
        while layout.blocks.contains(where: { index < $0.rowCount() }) {
            if index == page.firstIndex + rowLimit {
                try finish(page, layout)
                page = try begin(layout, part: page.part + 1, rowLimit: rowLimit, on: nil)
                // Once per table: a report per sheet would add a Warnings row per Warnings sheet.
                if page.part == 1 {
                    report.warn("xlsx-sheet-continued",
                                "'\(layout.name)' holds \(rowLimit) rows per sheet; rows from \(index + 1) on continue on '\(page.sheet.name)' and numbered sheets after it")
                }
            }
            let sheetRow = index - page.firstIndex + 1
            let rows = layout.blocks.indices.filter { index < layout.blocks[$0].rowCount() }.map { ($0, layout.blocks[$0].row(index)) }
            let lines = rows.map { block, row in wrappedLines(row.cells, columns: layout.blocks[block].columns, widths: page.widths[block]) }.max() ?? 1
            if let height = RowHeight.points(forLines: lines) { try page.sheet.setRow(sheetRow, height: height) }
            for (blockIndex, row) in rows {
                let block = layout.blocks[blockIndex]
                for (offset, cell) in row.cells.enumerated() {
                    try write(cell, on: &page, row: sheetRow, column: block.firstColumn + offset,
                              wraps: block.columns[offset].wraps, context: row)
                }
            }
            index += 1
        }
        try finish(page, layout)
        return index
    }

    private func begin(_ layout: SheetLayout, part: Int, rowLimit: Int, on existing: Worksheet?) throws(XLSXError) -> Page {
        let name = SheetLayout.partName(layout.name, part: part)
        let sheet = if let existing { existing } else { try workbook.addWorksheet(named: name) }
        sheets.append((name, part == 0 ? layout.summary : "\(layout.summary) (continued)"))
        sheet.freezeHeaderRow()
        try sheet.setPrintLayout(layout.print)
        let widths = layout.blocks.map(ColumnWidths.widths(of:))
        let headerLines = zip(layout.blocks, widths).map { block, widths in
            zip(block.columns, widths).map { RowHeight.lines($0.header, width: $1) }.max() ?? 1
        }.max() ?? 1
        if let height = RowHeight.points(forLines: headerLines) { try sheet.setRow(0, height: height) }
        for (block, widths) in zip(layout.blocks, widths) {
            for (offset, width) in widths.enumerated() {
                try sheet.setColumn(block.firstColumn + offset, width: width, format: nil)
            }
            if !usesTables {
                for (offset, header) in headers(of: block, on: sheet).enumerated() {
                    try sheet.write(text: header, row: 0, column: block.firstColumn + offset, format: formats.header)
                }
            }
        }
        return Page(sheet: sheet, part: part, rowLimit: rowLimit, widths: widths)
    }

    /// The lines the tallest wrapped text of a row needs at its column's width.
    private func wrappedLines(_ cells: [Cell], columns: [Column], widths: [Double]) -> Int {
        var lines = 1
        for (offset, cell) in cells.enumerated() where columns[offset].wraps {
            if case .text(let value) = cell { lines = max(lines, RowHeight.lines(value, width: widths[offset])) }
        }
        return lines
    }

    private func finish(_ page: Page, _ layout: SheetLayout) throws(XLSXError) {
        let sheet = page.sheet
        for block in layout.blocks {
            let rows = min(max(block.rowCount() - page.firstIndex, 0), page.rowLimit)
            guard page.part == 0 || rows > 0 else { continue }
            if usesTables {
                // A table needs one data row, even an empty one.
                try sheet.addTable(named: SheetLayout.partTableName(block.name, part: page.part),
                                   headers: headers(of: block, on: sheet), headerFormat: formats.header,
                                   rows: 0...max(rows, 1), firstColumn: block.firstColumn)
            } else if layout.blocks.count == 1 {
                try sheet.autofilter(rows: 0...rows, columns: block.firstColumn...block.lastColumn)
            }
            for (offset, column) in block.columns.enumerated() {
                if let choices = column.choices { try sheet.addChoiceList(choices, rows: 1...max(rows, 1), column: block.firstColumn + offset) }
            }
        }
        if page.part == 0, let chart = layout.chart {
            let block = layout.blocks[chart.block]
            let rows = block.rowCount()
            if rows > 0 {
                try sheet.insertBarChart(title: chart.title, seriesName: block.columns[1].header,
                                         rows: 1...rows, categoryColumn: block.firstColumn,
                                         valueColumn: block.firstColumn + 1, at: chart.anchor)
            }
        }
    }

    private func headers(of block: TableBlock, on sheet: Worksheet) -> [String] {
        block.columns.enumerated().map { offset, column in
            text.prepare(column.header, at: SheetLocation(sheet: sheet.name, row: 0, column: block.firstColumn + offset))
        }
    }

    private func write(_ cell: Cell, on page: inout Page, row: Int, column: Int, wraps: Bool, context: Row) throws(XLSXError) {
        let sheet = page.sheet
        let place = SheetLocation(sheet: sheet.name, row: row, column: column)
        func writeText(_ value: String) throws(XLSXError) {
            try sheet.write(text: text.prepare(value, at: place, row: context), row: row, column: column,
                            format: wraps ? formats.wrapped : formats.text)
        }
        switch cell {
        case .empty:
            return
        case .text(let value):
            try writeText(value)
        case .number(let value):
            guard value.isFinite else {
                report.warn("xlsx-number-as-text", "\(value) written as text: Excel cells hold finite numbers only", at: place, row: context)
                return try writeText(String(value))
            }
            try sheet.write(number: value, row: row, column: column, format: formats.number(value))
        case .amount(let value, let unit):
            guard value.isFinite else {
                report.warn("xlsx-number-as-text", "\(value) written as text: Excel cells hold finite numbers only", at: place, row: context)
                return try writeText(String(value))
            }
            let shown = try formats.amount(value, unit: unit)
            try sheet.write(number: shown.value, row: row, column: column, format: shown.format)
        case .date(let value, let precision):
            guard let day = PacketDate(period: value, precision: precision) else {
                report.warn("xlsx-date-as-text", "date '\(value)' written as text: an Excel date of \(precision.rawValue) precision is \(precision.pattern) from 1900 on",
                            at: place, row: context)
                return try writeText(value)
            }
            try sheet.write(date: day, row: row, column: column, format: formats.date(precision))
        case .webLink(let url):
            let clean = text.prepare(url, at: place, row: context)
            guard clean.utf16.count <= Self.maxURLLength else {
                report.warn("xlsx-url-too-long", "URL of \(clean.utf16.count) characters written as text: Excel links hold at most \(Self.maxURLLength)",
                            at: place, row: context)
                return try writeText(clean)
            }
            guard reserveLink(on: &page, at: place) else { return try writeText(clean) }
            try sheet.write(link: clean, label: clean, row: row, column: column, format: formats.link)
        case .sheetLink(let target, let label):
            guard reserveLink(on: &page, at: place) else { return try writeText(label) }
            try sheet.write(link: target.internalLink, label: text.prepare(label, at: place, row: context),
                            row: row, column: column, format: formats.link)
        }
    }

    /// Counts a link against Excel's per-sheet limit; past it, reports once and answers false.
    private func reserveLink(on page: inout Page, at place: SheetLocation) -> Bool {
        page.links += 1
        if page.links == Self.maxLinksPerSheet + 1 {
            report.warn("xlsx-link-limit", "Excel holds \(Self.maxLinksPerSheet) links per sheet; from here on links are plain text", at: place)
        }
        return page.links <= Self.maxLinksPerSheet
    }
}
