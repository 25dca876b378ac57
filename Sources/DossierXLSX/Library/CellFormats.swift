import CXlsxWriter
import DossierCore

/// The few cell formats the fact sheet uses, created once per workbook. Body cells are top-aligned so
/// that a row with one wrapped long text still reads from the top in every column.
struct CellFormats {
    let header: CellFormat
    let text: CellFormat
    let wrapped: CellFormat
    let link: CellFormat
    let integer: CellFormat
    let decimal: CellFormat
    private let day: CellFormat
    private let month: CellFormat
    private let year: CellFormat

    init(_ workbook: Workbook) throws(XLSXError) {
        let top = UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
        header = try workbook.addFormat {
            format_set_bold($0)
            format_set_font_color($0, 0xFFFFFF)
            format_set_bg_color($0, 0x1F4E78)
            format_set_text_wrap($0)
            format_set_align($0, top)
        }
        text = try workbook.addFormat { format_set_align($0, top) }
        wrapped = try workbook.addFormat {
            format_set_align($0, top)
            format_set_text_wrap($0)
        }
        link = try workbook.addFormat {
            format_set_align($0, top)
            format_set_font_color($0, 0x0563C1)
            format_set_underline($0, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
        }
        func numberFormat(_ code: String) throws(XLSXError) -> CellFormat {
            try workbook.addFormat {
                format_set_align($0, top)
                format_set_num_format($0, code)
            }
        }
        integer = try numberFormat("#,##0")
        decimal = try numberFormat("#,##0.0##")
        // A month-precision date is stored as its first day and shown without the day, and so on.
        day = try numberFormat("yyyy-mm-dd")
        month = try numberFormat("yyyy-mm")
        year = try numberFormat("yyyy")
    }

    func date(_ precision: DatePrecision) -> CellFormat {
        switch precision {
        case .day: day
        case .month: month
        case .year, .monthWithoutYear: year
        }
    }

    func number(_ value: Double) -> CellFormat {
        value.rounded() == value ? integer : decimal
    }
}
