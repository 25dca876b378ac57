/// A clock time as live blogs stamp their entries: "04.25", "16:06 GMT", "8.20 a.m.", "11:05am BST".
/// Alone on its line it is page furniture; at the start of a paragraph it is the entry's time, not its text.
enum TimeStamp {
    /// The number of characters the stamp takes at the start of `text`, separator and spaces included,
    /// when a stamp opens it: alone (`wholeLine`), or followed by an entry that starts with a capital or a quote.
    static func leadingLength(in text: Substring, wholeLine: Bool) -> Int? {
        let head = text.prefix(40)
        var rest = head[...]
        guard let hour = digits(&rest, max: 2), hour <= 24, let mark = rest.first, mark == ":" || mark == "." else { return nil }
        rest = rest.dropFirst()
        guard rest.prefix(while: \.isNumber).count == 2, let minutes = digits(&rest, max: 2), minutes < 60 else { return nil }
        rest = afterWord(rest, in: meridiems)
        rest = afterZone(rest)
        if wholeLine {
            return head.count == text.count && rest.allSatisfy({ $0.isWhitespace || "-–—:".contains($0) }) ? text.count : nil
        }
        let separator = rest.prefix { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" || $0 == ":" || $0 == "|" }
        guard separator.contains(" ") else { return nil }
        let entry = rest[separator.endIndex...]
        guard let first = entry.first, first.isUppercase || TextShape.quoteMarks.contains(first) else { return nil }
        return text.distance(from: text.startIndex, to: entry.startIndex)
    }

    /// True when the whole line is one stamp.
    static func isWholeLine(_ text: Substring) -> Bool {
        let trimmed = text.drop(while: \.isWhitespace)
        guard trimmed.count <= 24 else { return false }
        return leadingLength(in: trimmed, wholeLine: true) != nil
    }

    private static func digits(_ text: inout Substring, max: Int) -> Int? {
        let run = text.prefix(while: \.isASCIINumber)
        guard (1...max).contains(run.count), let value = Int(run) else { return nil }
        text = text[run.endIndex...]
        return value
    }

    /// Skips an optional space and one of `words` ("am", "p.m.") when it stands there as a whole word.
    private static func afterWord(_ text: Substring, in words: [String]) -> Substring {
        let spaced = text.drop { $0 == " " }
        for word in words where spaced.lowercased().hasPrefix(word) {
            let after = spaced.dropFirst(word.count)
            if after.first.map({ !$0.isLetter }) ?? true { return after }
        }
        return text
    }

    /// Skips an optional time zone in capitals: "GMT", "BST", "ET", "CEST".
    private static func afterZone(_ text: Substring) -> Substring {
        let spaced = text.drop { $0 == " " }
        let zone = spaced.prefix { $0.isUppercase && $0.isLetter }
        guard (2...4).contains(zone.count), zones.contains(String(zone)),
              spaced[zone.endIndex...].first.map({ !$0.isLetter }) ?? true else { return text }
        return spaced[zone.endIndex...]
    }

    private static let meridiems = ["a.m.", "p.m.", "am", "pm"]
    /// Time-zone abbreviations of the news wires' bureaux (a closed class, as the rules need: "GMT", "ET").
    private static let zones: Set<String> = [
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "JST", "KST", "HKT", "SGT",
        "AEST", "AEDT", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "NZST", "NZDT",
    ]
}

private extension Character {
    var isASCIINumber: Bool { isASCII && isNumber }
}
