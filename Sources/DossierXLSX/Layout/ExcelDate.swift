import DossierCore

extension PacketDate {
    /// The first day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period written at `precision`, or nil when
    /// the text does not have that form or falls before 1900, where Excel's dates begin.
    init?(period text: String, precision: DatePrecision) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let expectedWidths = [4, 2, 2].prefix(precision.componentCount)
        guard parts.count == expectedWidths.count,
              zip(parts, expectedWidths).allSatisfy({ $0.count == $1 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), year >= 1900 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : 1
        let day = parts.count > 2 ? Int(parts[2]) : 1
        guard let month, let day else { return nil }
        self.init(year: year, month: month, day: day)
    }
}

extension DatePrecision {
    var componentCount: Int {
        switch self {
        case .year: 1
        case .month: 2
        case .day: 3
        // No day of the calendar: written as text (see TimelineSheet).
        case .monthWithoutYear: 1
        }
    }

    /// `YYYY-MM` for month precision.
    var pattern: String { ["YYYY", "YYYY-MM", "YYYY-MM-DD"][componentCount - 1] }
}
