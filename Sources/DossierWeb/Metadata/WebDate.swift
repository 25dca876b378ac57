import DossierCore

/// Reads the day of a date as pages and feeds write it: ISO 8601 (`2019-01-03T07:00:02Z`, `2019-01-03`),
/// RFC 822 (`Thu, 03 Jan 2019 07:00:02 +0000`) and `January 3, 2019`. The day is taken as written, not
/// moved to another time zone.
enum WebDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func day(_ text: String) -> PacketDate? {
        let trimmed = text.trimmingWhiteSpace
        if let iso = isoDay(trimmed) { return iso }
        let words = trimmed.split { !($0.isLetter || $0.isNumber) }.map { String($0).lowercased() }
        var day: Int?, month: Int?, year: Int?
        for word in words {
            if let number = Int(word) {
                if number > 31, year == nil, word.count == 4 { year = number } else if day == nil, (1...31).contains(number), year == nil { day = number }
            } else if month == nil, word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))) {
                month = index + 1
            }
            if day != nil && month != nil && year != nil { break }
        }
        guard let day, let month, let year else { return nil }
        return PacketDate(year: year, month: month, day: day)
    }

    private static func isoDay(_ text: String) -> PacketDate? {
        let scalars = Array(text.utf8.prefix(10))
        guard scalars.count == 10, scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-") else { return nil }
        return PacketDate(String(decoding: scalars, as: UTF8.self))
    }
}
