/// Row heights for wrapped text. Excel and LibreOffice do not grow a row for its wrapped text when
/// the file is written by a library (they would on editing), so the height is set from an estimate:
/// the lines each wrapped cell needs at its column's width, the tallest cell deciding.
enum RowHeight {
    /// Points per line of the default 11-point font, which is also the default row height.
    static let lineHeight = 15.0
    /// Excel's largest row height.
    static let maximum = 409.0

    /// Lines `text` takes in a column `width` characters wide: each line break starts a line, and a
    /// line holds about two characters fewer than the width, for the margin and the word that does not fit.
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width) - 2)
        var lines = 0
        for segment in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Scalars, not Characters: as good an estimate, without grapheme breaking on every cell.
            lines += max(1, (segment.unicodeScalars.count + perLine - 1) / perLine)
        }
        return lines
    }

    /// The height for a row whose wrapped cells need `lines` at most, or nil for a single line (the default).
    static func points(forLines lines: Int) -> Double? {
        lines > 1 ? min(maximum, Double(lines) * lineHeight) : nil
    }
}
