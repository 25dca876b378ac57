/// A cell on a named sheet, as Excel writes it in links and as diagnostics name it: `'Key points'!D3`.
struct SheetLocation: Equatable {
    let sheet: String
    let row: Int
    let column: Int

    var reference: String {
        // Made for every link cell: Foundation's replacement (an NSString bridge) only for the rare name with a quote.
        let quoted = sheet.utf8.contains(UInt8(ascii: "'")) ? sheet.replacingOccurrences(of: "'", with: "''") : sheet
        return "'\(quoted)'!\(CellReference.name(row: row, column: column))"
    }

    /// The target libxlsxwriter expects for a link inside the workbook.
    var internalLink: String { "internal:\(reference)" }
}

enum CellReference {
    /// `B3` for row 2, column 1 (zero-based).
    static func name(row: Int, column: Int) -> String { "\(Self.column(column))\(row + 1)" }

    /// `A`, …, `Z`, `AA`, … for a zero-based column.
    static func column(_ index: Int) -> String {
        var letters: [Character] = []
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(letters)
    }
}
