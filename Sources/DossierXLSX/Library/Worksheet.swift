import CXlsxWriter
import DossierCore
import Foundation

/// One worksheet of a ``Workbook``; rows and columns are zero-based as in libxlsxwriter.
struct Worksheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    let workbook: Workbook

    /// Text is always written as a string cell, never as a formula, whatever it starts with.
    func write(text: String, row: Int, column: Int, format: CellFormat?) throws(XLSXError) {
        try workbook.check(worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), StoredText.encode(text), format),
                           "writing text to \(place(row, column))")
    }

    func write(number: Double, row: Int, column: Int, format: CellFormat?) throws(XLSXError) {
        try workbook.check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, format),
                           "writing a number to \(place(row, column))")
    }

    func write(date: PacketDate, row: Int, column: Int, format: CellFormat?) throws(XLSXError) {
        var value = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
        try workbook.check(worksheet_write_datetime(handle, lxw_row_t(row), lxw_col_t(column), &value, format),
                           "writing a date to \(place(row, column))")
    }

    /// `url` is `https://…` or `internal:'Sheet'!A1`; `label` is the text shown.
    func write(link url: String, label: String, row: Int, column: Int, format: CellFormat?) throws(XLSXError) {
        try workbook.check(worksheet_write_url_opt(handle, lxw_row_t(row), lxw_col_t(column), url, format, StoredText.encode(label), nil),
                           "writing a link to \(place(row, column))")
    }

    func setColumn(_ column: Int, width: Double, format: CellFormat?) throws(XLSXError) {
        try workbook.check(worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, format),
                           "setting the width of column \(CellReference.column(column)) on '\(name)'")
    }

    /// Sets a row's height in points; in constant-memory mode before any cell of the row is written.
    func setRow(_ row: Int, height: Double) throws(XLSXError) {
        try workbook.check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "setting the height of row \(row + 1) on '\(name)'")
    }

    /// Landscape, one page wide (one page tall too for `.onePage`), the header row on every page, and
    /// the sheet name and page number in the footer.
    func setPrintLayout(_ layout: PrintLayout) throws(XLSXError) {
        worksheet_set_landscape(handle)
        switch layout {
        case .table:
            worksheet_fit_to_pages(handle, 1, 0)
            try workbook.check(worksheet_repeat_rows(handle, 0, 0), "repeating the header row of '\(name)' on every page")
        case .onePage:
            worksheet_fit_to_pages(handle, 1, 1)
        }
        try workbook.check(worksheet_set_footer(handle, PrintLayout.footer), "setting the footer of '\(name)'")
    }

    /// A drop-down list of `choices` on the cells of `rows` in `column`; other values are refused.
    func addChoiceList(_ choices: [String], rows: ClosedRange<Int>, column: Int) throws(XLSXError) {
        let cChoices = choices.map { strdup($0) }
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: choices.count + 1)
        defer {
            cChoices.forEach { free($0) }
            list.deallocate()
        }
        for (index, choice) in cChoices.enumerated() { list[index] = choice }
        list[choices.count] = nil
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        validation.value_list = list
        try workbook.check(worksheet_data_validation_range(handle, lxw_row_t(rows.lowerBound), lxw_col_t(column),
                                                           lxw_row_t(rows.upperBound), lxw_col_t(column), &validation),
                           "adding a drop-down list to column \(CellReference.column(column)) of '\(name)'")
    }

    func freezeHeaderRow() {
        worksheet_freeze_panes(handle, 1, 0)
    }

    func autofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws(XLSXError) {
        try workbook.check(worksheet_autofilter(handle, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                                                lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound)),
                           "adding an autofilter to '\(name)'")
    }

    /// An Excel table whose header row (the first of `rows`) libxlsxwriter writes from `headers`.
    func addTable(named tableName: String, headers: [String], headerFormat: CellFormat,
                  rows: ClosedRange<Int>, firstColumn: Int) throws(XLSXError) {
        let cName = strdup(tableName)
        let cHeaders = headers.map { strdup($0) }
        let columns = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: headers.count)
        let columnList = UnsafeMutablePointer<UnsafeMutablePointer<lxw_table_column>?>.allocate(capacity: headers.count + 1)
        defer {
            free(cName)
            cHeaders.forEach { free($0) }
            columns.deallocate()
            columnList.deallocate()
        }
        for (index, header) in cHeaders.enumerated() {
            var column = lxw_table_column()
            column.header = header
            column.header_format = headerFormat
            (columns + index).initialize(to: column)
            columnList[index] = columns + index
        }
        columnList[headers.count] = nil
        var options = lxw_table_options()
        options.name = cName
        options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
        options.style_type_number = 2
        options.columns = columnList
        try workbook.check(worksheet_add_table(handle, lxw_row_t(rows.lowerBound), lxw_col_t(firstColumn),
                                               lxw_row_t(rows.upperBound), lxw_col_t(firstColumn + headers.count - 1), &options),
                           "adding table \(tableName) to '\(name)'")
    }

    private func place(_ row: Int, _ column: Int) -> String {
        SheetLocation(sheet: name, row: row, column: column).reference
    }
}

extension Worksheet {
    /// A native bar chart of `rows` of two columns of this sheet, largest-first from the top.
    func insertBarChart(title: String, seriesName: String, rows: ClosedRange<Int>, categoryColumn: Int,
                        valueColumn: Int, at anchor: (row: Int, column: Int)) throws(XLSXError) {
        let chart = try workbook.addChart(type: LXW_CHART_BAR)
        let series = try workbook.require(chart_add_series(chart, nil, nil), "adding a chart series on '\(name)'")
        chart_series_set_categories(series, name, lxw_row_t(rows.lowerBound), lxw_col_t(categoryColumn),
                                    lxw_row_t(rows.upperBound), lxw_col_t(categoryColumn))
        chart_series_set_values(series, name, lxw_row_t(rows.lowerBound), lxw_col_t(valueColumn),
                                lxw_row_t(rows.upperBound), lxw_col_t(valueColumn))
        chart_series_set_name(series, seriesName)
        chart_title_set_name(chart, title)
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        // A bar chart draws its first category at the bottom; reversed, the list reads top-down.
        chart_axis_set_reverse(chart.pointee.y_axis)
        try workbook.check(worksheet_insert_chart(handle, lxw_row_t(anchor.row), lxw_col_t(anchor.column), chart),
                           "inserting a chart into '\(name)'")
    }
}
