/// Column widths from what the columns hold, measured on the first rows of a table (so that a
/// large packet is not measured twice): narrow columns for short values, never wider than the
/// layout's width for wrapped text, and capped for the rest so a long URL does not push the table off the page.
enum ColumnWidths {
    static let sampledRows = 500
    static let minimum = 6.0
    static let maximumUnwrapped = 50.0

    static func widths(of block: TableBlock) -> [Double] {
        var longest = block.columns.map { column in
            // Headers wrap: their longest word must fit, not the whole header.
            column.header.split(separator: " ").map(\.count).max() ?? 0
        }
        for index in 0..<min(block.rowCount(), sampledRows) {
            for (offset, cell) in block.row(index).cells.enumerated() where offset < longest.count {
                longest[offset] = max(longest[offset], displayLength(cell))
            }
        }
        return zip(block.columns, longest).map { column, length in
            let cap = column.wraps ? column.width : max(column.width, maximumUnwrapped)
            return min(cap, max(minimum, Double(length) + 2))
        }
    }

    /// Characters a cell shows on its longest line.
    static func displayLength(_ cell: Cell) -> Int {
        switch cell {
        case .empty: 0
        case .text(let text), .webLink(let text): text.split(separator: "\n").map(\.count).max() ?? 0
        case .number(let value), .amount(let value, _): String(Int(value.magnitude.rounded())).count * 4 / 3 + 2
        case .date: 10
        case .sheetLink(_, let label): label.count
        }
    }
}
