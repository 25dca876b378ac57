import DossierCore

/// Makes any text safe for a cell and reports every change:
/// - characters XML 1.0 forbids are removed (Excel refuses files that hold them);
/// - text over Excel's 32,767 characters is cut and ends with ``marker(originalLength:)``.
///
/// Preparing text that is already safe changes nothing and reports nothing.
struct CellText {
    static let maxLength = 32_767
    let report: ExportReport

    func prepare(_ text: String, at place: @autoclosure () -> SheetLocation, row: Row? = nil) -> String {
        var result = text
        if Self.mayHoldControlCharacters(result) {
            let (stripped, removed) = ControlCharacters.strip(result)
            if removed > 0 {
                result = stripped
                report.warn("xlsx-control-characters",
                            "removed \(removed) control character\(removed == 1 ? "" : "s") that XML 1.0 forbids", at: place(), row: row)
            }
        }
        // UTF-16 length is what Excel counts; it is never more than the UTF-8 length.
        if result.utf8.count > Self.maxLength, result.utf16.count > Self.maxLength {
            let length = result.utf16.count
            result = Self.cut(result, originalLength: length)
            report.warn("xlsx-cell-truncated",
                        "text of \(length) characters cut to Excel's limit of \(Self.maxLength); the cell ends with \"\(Self.marker(originalLength: length))\"",
                        at: place(), row: row)
        }
        return result
    }

    static func marker(originalLength: Int) -> String {
        " […cut: \(originalLength) characters, Excel holds \(maxLength)]"
    }

    /// A quick byte scan so that clean text, nearly all of it, skips the scalar-by-scalar check.
    private static func mayHoldControlCharacters(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xEF }
    }

    private static func cut(_ text: String, originalLength: Int) -> String {
        let marker = marker(originalLength: originalLength)
        let budget = maxLength - marker.utf16.count
        var kept = 0
        var end = text.startIndex
        for index in text.indices {
            let width = text[index].utf16.count
            if kept + width > budget { break }
            kept += width
            end = text.index(after: index)
        }
        return text[..<end] + marker
    }
}
