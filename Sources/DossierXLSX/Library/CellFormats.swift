import CXlsxWriter
import DossierCore

/// The few cell formats the fact sheet uses, created once per workbook (money formats once per
/// currency met). Body cells are top-aligned so that a row with one wrapped long text still reads from
/// the top in every column.
final class CellFormats {
    let header: CellFormat
    let text: CellFormat
    let wrapped: CellFormat
    let link: CellFormat
    let integer: CellFormat
    let decimal: CellFormat
    private let day: CellFormat
    private let month: CellFormat
    private let year: CellFormat
    private let percent: CellFormat
    private let decimalPercent: CellFormat
    private let workbook: Workbook
    /// Per ISO 4217 code: the formats for whole and fractional amounts.
    private var money: [String: (whole: CellFormat, fractional: CellFormat)] = [:]

    init(_ workbook: Workbook) throws(XLSXError) {
        self.workbook = workbook
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
        integer = try Self.numberFormat("#,##0", in: workbook)
        decimal = try Self.numberFormat("#,##0.0##", in: workbook)
        percent = try Self.numberFormat("0%", in: workbook)
        decimalPercent = try Self.numberFormat("0.0##%", in: workbook)
        // A month-precision date is stored as its first day and shown without the day, and so on.
        day = try Self.numberFormat("yyyy-mm-dd", in: workbook)
        month = try Self.numberFormat("yyyy-mm", in: workbook)
        year = try Self.numberFormat("yyyy", in: workbook)
    }

    private static func numberFormat(_ code: String, in workbook: Workbook) throws(XLSXError) -> CellFormat {
        try workbook.addFormat {
            format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
            format_set_num_format($0, code)
        }
    }

    /// The number to store and its format for a quantity: a percentage is stored as a fraction
    /// (12% as 0.12) so that it computes as Excel expects, money shows its currency, a count stays plain.
    func amount(_ value: Double, unit: String?) throws(XLSXError) -> (value: Double, format: CellFormat) {
        switch unit {
        case nil:
            return (value, number(value))
        case "%":
            let fraction = value / 100
            return (fraction, value.rounded() == value ? percent : decimalPercent)
        case let code?:
            if money[code] == nil {
                let shown = MoneyFormat.code(for: code)
                money[code] = (try Self.numberFormat(shown.whole, in: workbook), try Self.numberFormat(shown.fractional, in: workbook))
            }
            let formats = money[code]!
            return (value, value.rounded() == value ? formats.whole : formats.fractional)
        }
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
