import DossierCore

/// What one cell shows, before it is made safe for Excel by ``SheetWriter``.
enum Cell: Equatable {
    case empty
    /// Any text, article text included: always a string cell, never a formula.
    case text(String)
    case number(Double)
    /// A quantity in its unit: an ISO 4217 code shows as money, `%` as a percentage, nil as a count.
    case amount(Double, unit: String?)
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, written as a real date cell shown at its precision.
    case date(String, DatePrecision)
    /// An `http` or `https` URL, shown as itself and clickable.
    case webLink(String)
    /// A link to another cell of the workbook. Boxed, so that every cell stays small to copy.
    indirect case sheetLink(SheetLocation, label: String)

    static func text(_ value: String?) -> Cell { value.map { .text($0) } ?? .empty }

    static func count(_ value: Int) -> Cell { .number(Double(value)) }

    static func date(_ value: PacketDate?) -> Cell { value.map { .date($0.description, .day) } ?? .empty }

    static func flag(_ value: Bool) -> Cell { .text(value ? "yes" : "no") }

    /// Links only `http` and `https`; any other scheme (`javascript:`, `file:`) stays plain text.
    static func url(_ value: String?) -> Cell {
        guard let value else { return .empty }
        let lowered = value.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? .webLink(value) : .text(value)
    }
}

struct Column {
    let header: String
    /// In Excel's character units: the most a column of wrapped text takes (see ``ColumnWidths``).
    let width: Double
    /// Long text wraps inside the column instead of spilling over its neighbours.
    var wraps = false
    /// A closed list an analyst picks from: the column's data rows get a drop-down that accepts only these.
    var choices: [String]? = nil
}

/// One table row, with the article and paragraph it comes from so that diagnostics about its cells can say so.
struct Row {
    var cells: [Cell]
    var article: String? = nil
    var paragraph: String? = nil
}

/// A table of a sheet: a header row and data rows, starting at row 0 of `firstColumn`.
struct TableBlock {
    /// The Excel table name; continuation sheets add `_2`, `_3`, ….
    let name: String
    var firstColumn = 0
    let columns: [Column]
    /// Asked again as rows are written, so a table can grow while it is written (Warnings does).
    let rowCount: () -> Int
    let row: (Int) -> Row

    init(name: String, firstColumn: Int = 0, columns: [Column], rowCount: @escaping () -> Int, row: @escaping (Int) -> Row) {
        self.name = name
        self.firstColumn = firstColumn
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
    }

    init<Item>(name: String, firstColumn: Int = 0, columns: [Column], items: [Item], row: @escaping (Item) -> Row) {
        self.init(name: name, firstColumn: firstColumn, columns: columns, rowCount: { items.count }, row: { row(items[$0]) })
    }

    var lastColumn: Int { firstColumn + columns.count - 1 }
}

/// A bar chart of one block's first two columns: categories and values.
struct BarChart {
    let title: String
    let block: Int
    let anchor: (row: Int, column: Int)
}

/// A sheet: its name, a line for the Overview's sheet index, and its tables side by side.
struct SheetLayout {
    let name: String
    let summary: String
    let blocks: [TableBlock]
    var chart: BarChart? = nil
    var print: PrintLayout = .table
}

extension SheetLayout {
    /// `Quotes`, then `Quotes 2`, `Quotes 3`, … for the sheets a long table continues on.
    static func partName(_ name: String, part: Int) -> String {
        part == 0 ? name : "\(name) \(part + 1)"
    }

    /// Excel table names are workbook-wide and cannot hold spaces: `Quotes`, `Quotes_2`, ….
    static func partTableName(_ name: String, part: Int) -> String {
        part == 0 ? name : "\(name)_\(part + 1)"
    }
}
