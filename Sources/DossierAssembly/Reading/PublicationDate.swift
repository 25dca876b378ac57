import DossierCore
import Foundation

/// A line near the top that only dates the article: "Published 25 September 2021",
/// "Updated 10:32 AM EDT, Mon September 27, 2021", "2021-09-25".
struct PublicationDate: Equatable {
    /// The day, when the line gives day, month and year.
    var date: PacketDate?

    /// Nil unless every word of the line is a label, a date or a time.
    init?(_ line: RuleText) {
        guard line.words.count <= 16 else { return nil }
        var year: Int?, month: Int?, day: Int?
        var hasLabelOrTime = false
        let tokens = line.text.split { $0.isWhitespace || ",|•·()".contains($0) }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".:-–—")) }
            .filter { !$0.isEmpty }
        for token in tokens {
            let word = TextShape.folded(token)
            if Self.labels.contains(word) || Self.isTime(word) {
                hasLabelOrTime = true
            } else if let iso = PacketDate(String(word.prefix(10))) {
                (year, month, day) = (iso.year, iso.month, iso.day)
            } else if let slashed = Self.slashedDate(word) {
                year = slashed.year
                if let dayMonth = slashed.dayMonth { (day, month) = dayMonth } else { hasLabelOrTime = true }
            } else if let number = Self.month[word] {
                month = number
            } else if let number = Self.number(word) {
                if (1900...2100).contains(number) {
                    year = number
                } else if (1...31).contains(number) {
                    day = number
                } else if word.count == 4 {
                    hasLabelOrTime = true  // "1103 GMT": a time without its colon
                } else {
                    return nil
                }
            } else if !Self.fillers.contains(word) && !Self.isTimeZone(token) {
                return nil
            }
        }
        guard month != nil && (day != nil || year != nil) || hasLabelOrTime else { return nil }
        date = year.flatMap { y in month.flatMap { m in day.flatMap { PacketDate(year: y, month: m, day: $0) } } }
    }

    /// "25", "25th", "2021".
    private static func number(_ token: String) -> Int? {
        let ordinal = ["st", "nd", "rd", "th"].contains(String(token.suffix(2))) && token.count > 2
        return Int(ordinal ? String(token.dropLast(2)) : token)
    }

    /// "25/09/2021": the year, and day and month when one of them is over 12 (otherwise the order is unknown).
    private static func slashedDate(_ word: String) -> (year: Int, dayMonth: (Int, Int)?)? {
        let parts = word.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, word.split(separator: "/").count == 3, (1900...2100).contains(parts[2]) else { return nil }
        let (first, second) = (parts[0], parts[1])
        if first > 12, (1...31).contains(first), (1...12).contains(second) { return (parts[2], (first, second)) }
        if second > 12, (1...31).contains(second), (1...12).contains(first) { return (parts[2], (second, first)) }
        return (parts[2], nil)
    }

    /// "EDT", "HKT": a short word in capitals.
    private static func isTimeZone(_ token: String) -> Bool {
        (2...5).contains(token.count) && token.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// "10:32", "12.30".
    private static func isTime(_ token: String) -> Bool {
        let parts = token.split(whereSeparator: { $0 == ":" || $0 == "." })
        return parts.count >= 2 && parts.allSatisfy { part in part.prefix(2).allSatisfy(\.isNumber) }
    }

    private static let labels: Set<String> = [
        "published", "updated", "posted", "modified", "issued", "date", "am", "pm",
        "a.m", "p.m",
    ]
    /// Words a date line holds besides the date: weekdays, "on", "at", "2 hours ago" (time zones are in capitals).
    private static let fillers: Set<String> = [
        "on", "at", "last", "first", "and", "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day", "days",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ]
    private static let month: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
}
