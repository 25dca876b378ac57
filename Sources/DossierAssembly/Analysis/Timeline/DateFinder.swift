import DossierCore

/// An explicit date in an article, before it gets its ID.
struct FoundDate: Equatable {
    var date: String
    var precision: DatePrecision
    var summary: String
    var unitIndex: Int
}

/// Finds explicit dates and their precision: "June 10, 2021" and "10 June 2021" (day), "August 2020"
/// (month), "in 2023" / "by 2023" (year), ISO "2021-06-10". A day or month without a year is dated only
/// when the article's own date gives the year; otherwise it stays out of the timeline.
enum DateFinder {
    /// Words before a bare year that make it a date: "in 2023", "by 2023", "since 2013".
    static let yearPrepositions: Set<String> = ["in", "by", "since", "until", "till", "from", "through", "before",
                                                "after", "during", "of", "early", "late", "mid", "around", "circa",
                                                "between", "throughout", "summer", "winter", "spring", "autumn", "fall"]
    /// Words before a month with no year: "in May", "since July".
    static let monthPrepositions: Set<String> = ["in", "since", "until", "till", "by", "from", "through", "during",
                                                 "before", "after", "early", "late", "mid", "of", "on"]
    static let summaryLimit = 200

    static func dates(in text: ArticleText) -> [FoundDate] {
        var result: [FoundDate] = []
        for (u, unit) in text.units.enumerated() {
            let tokens = unit.tokens
            for sentence in text.sentences[u] {
                var seen: Set<String> = []
                // Most sentences hold no date: the summary is made only for those that do.
                var summary: String?
                let context = text.article.date.map { YearContext(articleDate: $0, sentence: tokens[sentence]) }
                var t = sentence.lowerBound
                while t < sentence.upperBound {
                    if let (date, precision, end) = date(at: t, tokens, sentence: sentence, context: context) {
                        if seen.insert(date).inserted {
                            let line = summary ?? summarize(unit.text(tokens: sentence))
                            summary = line
                            result.append(FoundDate(date: date, precision: precision, summary: line, unitIndex: u))
                        }
                        t = end + 1
                    } else {
                        t += 1
                    }
                }
            }
        }
        return result
    }

    /// The date starting at token `t`, its precision and its last token.
    private static func date(at t: Int, _ tokens: [Token], sentence: Range<Int>, context: YearContext?) -> (String, DatePrecision, Int)? {
        let token = tokens[t]
        if token.kind == .number, let iso = isoDate(at: t, tokens) { return iso }
        if let month = month(at: t, tokens) {
            var next = t + 1
            if next < sentence.upperBound, tokens[next].text == ".", !tokens[next].spaced { next += 1 }
            // "June 10, 2021", "June 10 2021", "June 10th".
            if let day = day(at: next, tokens, limit: sentence.upperBound) {
                var after = day.end + 1
                if after < sentence.upperBound, tokens[after].text == "," { after += 1 }
                if after < sentence.upperBound, let year = yearValue(tokens[after]) {
                    return (format(year, month, day.value), .day, after)
                }
                if let context { return (format(context.year(of: month), month, day.value), .day, day.end) }
                return nil
            }
            // "August 2020".
            if next < sentence.upperBound, let year = yearValue(tokens[next]) { return (format(year, month, nil), .month, next) }
            // "in May": only with the article's own year.
            if let context, t > sentence.lowerBound, monthPrepositions.contains(tokens[t - 1].lower) {
                return (format(context.year(of: month), month, nil), .month, t)
            }
            return nil
        }
        // "10 June 2021", "10 June".
        if let day = day(at: t, tokens, limit: sentence.upperBound) {
            var next = day.end + 1
            if next < sentence.upperBound, tokens[next].lower == "of" { next += 1 }
            guard next < sentence.upperBound, let month = month(at: next, tokens) else { return nil }
            var after = next + 1
            if after < sentence.upperBound, tokens[after].text == ".", !tokens[after].spaced { after += 1 }
            if after < sentence.upperBound, let year = yearValue(tokens[after]) { return (format(year, month, day.value), .day, after) }
            if let context { return (format(context.year(of: month), month, day.value), .day, next) }
            return nil
        }
        // "in 2023", "by 2023", "the 2015 accord".
        if isYear(t, tokens), t > sentence.lowerBound, let year = yearValue(token) {
            let before = tokens[t - 1]
            let between = before.lower == "and" && t >= 3 && tokens[t - 3].lower == "between"
            let attributive = before.lower == "the" && t + 1 < sentence.upperBound && tokens[t + 1].isLowercaseWord
                && !QuantityFinder.isPluralNoun(tokens[t + 1])
            let midHyphen = before.text == "-" && t >= 2 && tokens[t - 2].lower == "mid"
            if yearPrepositions.contains(before.lower) || between || attributive || midHyphen {
                return (format(year, nil, nil), .year, t)
            }
        }
        return nil
    }

    /// The year a month without one refers to, from the article's date: a month after the article's
    /// month is last year's, unless the sentence speaks of the future ("will", "next", "scheduled").
    struct YearContext {
        let articleDate: PacketDate
        let sentence: ArraySlice<Token>

        func year(of month: Int) -> Int {
            month > articleDate.month && !isFuture(sentence) ? articleDate.year - 1 : articleDate.year
        }
    }

    static let futureMarkers: Set<String> = ["will", "shall", "next", "scheduled", "expected", "plans", "planned",
                                             "due", "upcoming", "later"]

    private static func isFuture(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { futureMarkers.contains($0.lower) || $0.lower.hasSuffix("’ll") || $0.lower.hasSuffix("'ll") }
    }

    /// Four digits without separators between 1800 and 2100, not glued to other characters.
    static func isYear(_ index: Int, _ tokens: [Token]) -> Bool {
        guard yearValue(tokens[index]) != nil else { return false }
        if index + 1 < tokens.count, !tokens[index + 1].spaced, tokens[index + 1].kind == .word { return false }
        return true
    }

    /// True when the number at `index` is the day or year of a written date ("June 10, 2021", "August 2020",
    /// "10 June"), so that it is not counted as a quantity.
    static func isDatePart(_ index: Int, _ tokens: [Token]) -> Bool {
        var back = index - 1
        if back >= 0, tokens[back].text == "," { back -= 1 }
        if back >= 0, tokens[back].kind == .number { back -= 1 } // the year after "June 10,"
        if back >= 0, tokens[back].text == ".", back > 0 { back -= 1 }
        if back >= 0, month(at: back, tokens) != nil { return true }
        var forward = index + 1
        if forward < tokens.count, tokens[forward].lower == "of" { forward += 1 }
        if forward < tokens.count, month(at: forward, tokens) != nil, day(at: index, tokens, limit: tokens.count) != nil { return true }
        return isoDate(at: index, tokens) != nil || (index >= 2 && tokens[index - 1].text == "-" && isoDate(at: index - 2, tokens) != nil)
            || (index >= 4 && tokens[index - 1].text == "-" && isoDate(at: index - 4, tokens) != nil)
    }

    private static func month(at index: Int, _ tokens: [Token]) -> Int? {
        guard index < tokens.count, tokens[index].isCapitalized else { return nil }
        if let full = Lexicon.monthNumbers[tokens[index].lower] { return full }
        // "Jan." — an abbreviation needs its full stop (or a day after it) to be a month.
        guard let short = Lexicon.monthAbbreviations[tokens[index].lower], index + 1 < tokens.count else { return nil }
        let next = tokens[index + 1]
        return (next.text == "." && !next.spaced) || next.kind == .number ? short : nil
    }

    private static func day(at index: Int, _ tokens: [Token], limit: Int) -> (value: Int, end: Int)? {
        guard index < limit, tokens[index].kind == .number, tokens[index].text.count <= 2,
              let value = Int(tokens[index].text), (1...31).contains(value) else { return nil }
        // "10th"
        if index + 1 < limit, !tokens[index + 1].spaced, ["st", "nd", "rd", "th"].contains(tokens[index + 1].lower) {
            return (value, index + 1)
        }
        return (value, index)
    }

    private static func yearValue(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text), (1800...2100).contains(value) else { return nil }
        return value
    }

    private static func isoDate(at index: Int, _ tokens: [Token]) -> (String, DatePrecision, Int)? {
        guard index + 4 < tokens.count, let year = yearValue(tokens[index]),
              tokens[index + 1].text == "-", tokens[index + 3].text == "-",
              !tokens[index + 1].spaced, !tokens[index + 2].spaced, !tokens[index + 3].spaced, !tokens[index + 4].spaced,
              tokens[index + 2].text.count == 2, tokens[index + 4].text.count == 2,
              let month = Int(tokens[index + 2].text), let day = Int(tokens[index + 4].text),
              PacketDate(year: year, month: month, day: day) != nil else { return nil }
        return (format(year, month, day), .day, index + 4)
    }

    private static func format(_ year: Int, _ month: Int?, _ day: Int?) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = String(year)
        if let month { text += "-" + two(month) }
        if let day { text += "-" + two(day) }
        return text
    }

    /// One line from the sentence: single spaces, cut at a word near the limit.
    static func summarize(_ sentence: String) -> String {
        let line = CharacterClass.collapsingWhitespace(sentence)
        guard line.count > summaryLimit else { return line }
        let cut = line.prefix(summaryLimit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
