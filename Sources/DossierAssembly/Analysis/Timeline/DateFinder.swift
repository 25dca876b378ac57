import DossierCore

/// An explicit date in an article, before it gets its ID.
struct FoundDate: Equatable {
    var date: String
    var precision: DatePrecision
    var summary: String
    var unitIndex: Int
}

/// Finds dates and their precision: "June 10, 2021" and "10 June 2021" (day), "August 2020" (month),
/// "in 2023" / "by 2023" (year), ISO "2021-06-10". A day or month without a year is a month without its year
/// ("in October", "10 March"), unless the text gives the year: "this May", "last March", "May this year".
/// Relative dates ("on Sunday", "yesterday", "earlier this month", "last week") are resolved against the
/// article's own date, never against the packet's, which only stands in for a date the article lacks.
/// Impossible dates ("29 February 2023") are not dates.
enum DateFinder {
    /// Words before a bare year that make it a date: "in 2023", "by 2023", "since 2013".
    static let yearPrepositions: Set<String> = ["in", "by", "since", "until", "till", "from", "through", "before",
                                                "after", "during", "of", "early", "late", "mid", "around", "circa",
                                                "between", "throughout", "summer", "winter", "spring", "autumn", "fall"]
    /// Words before a month with no year: "in May", "since July".
    static let monthPrepositions: Set<String> = ["in", "since", "until", "till", "by", "from", "through", "during",
                                                 "before", "after", "early", "late", "mid", "of", "on"]
    /// Words before a weekday that make it the day of an event: "on Sunday", "late Friday".
    static let weekdayPrepositions: Set<String> = ["on", "last", "since", "until", "till", "by", "early", "late", "earlier", "next", "this"]
    static let summaryLimit = 200

    static func dates(in text: ArticleText) -> [FoundDate] {
        var result: [FoundDate] = []
        // Only a date the article itself gives resolves a relative date.
        let own = text.article.dateSource == .packetDate ? nil : text.article.date
        for (u, unit) in text.units.enumerated() {
            let tokens = unit.tokens
            for sentence in text.sentences[u] {
                var seen: Set<String> = []
                // Most sentences hold no date: the summary is made only for those that do.
                var summary: String?
                let context = own.map { ArticleClock(articleDate: $0, sentence: tokens[sentence]) }
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
    private static func date(at t: Int, _ tokens: [Token], sentence: Range<Int>, context: ArticleClock?) -> (String, DatePrecision, Int)? {
        let token = tokens[t]
        if token.kind == .number, let iso = isoDate(at: t, tokens) { return iso }
        if let month = month(at: t, tokens) {
            // After its day ("29 February 2023"), the month was read with the day; what is left is no date.
            let dayBefore = t > sentence.lowerBound && tokens[t - 1].lower == "of" ? t - 2 : t - 1
            if dayBefore >= sentence.lowerBound, day(at: dayBefore, tokens, limit: sentence.upperBound) != nil { return nil }
            var next = t + 1
            if next < sentence.upperBound, tokens[next].text == ".", !tokens[next].spaced { next += 1 }
            // "June 10, 2021", "June 10 2021", "June 10th", "June 10".
            if let day = day(at: next, tokens, limit: sentence.upperBound) {
                var after = day.end + 1
                if after < sentence.upperBound, tokens[after].text == "," { after += 1 }
                if after < sentence.upperBound, let year = yearValue(tokens[after]) {
                    return format(year, month, day.value).map { ($0, .day, after) }
                }
                return withoutYear(month, day: day.value, start: t, end: day.end, tokens, sentence: sentence, context: context)
            }
            // "August 2020".
            if next < sentence.upperBound, let year = yearValue(tokens[next]) { return format(year, month, nil).map { ($0, .month, next) } }
            guard isMonthInProse(at: t, tokens, sentence: sentence) else { return nil }
            return withoutYear(month, day: nil, start: t, end: t, tokens, sentence: sentence, context: context)
        }
        // "10 June 2021", "10 June".
        if let day = day(at: t, tokens, limit: sentence.upperBound) {
            var next = day.end + 1
            if next < sentence.upperBound, tokens[next].lower == "of" { next += 1 }
            guard next < sentence.upperBound, let month = month(at: next, tokens) else { return nil }
            var after = next + 1
            if after < sentence.upperBound, tokens[after].text == ".", !tokens[after].spaced { after += 1 }
            if after < sentence.upperBound, let year = yearValue(tokens[after]) {
                return format(year, month, day.value).map { ($0, .day, after) }
            }
            return withoutYear(month, day: day.value, start: t, end: next, tokens, sentence: sentence, context: context)
        }
        if let relative = context.flatMap({ relativeDate(at: t, tokens, sentence: sentence, clock: $0) }) { return relative }
        // "in 2023", "by 2023", "the 2015 accord", "the 1994 Energy Charter Treaty", "from 2019 to 2024", "2008-9".
        if isYear(t, tokens), t > sentence.lowerBound, let year = yearValue(token) {
            let before = tokens[t - 1]
            let between = before.lower == "and" && t >= 3 && tokens[t - 3].lower == "between"
            let fromTo = before.lower == "to" && t >= 3 && tokens[t - 3].lower == "from" && isYear(t - 2, tokens)
            let attributive = before.lower == "the" && t + 1 < sentence.upperBound && tokens[t + 1].kind == .word
                && !(tokens[t + 1].isLowercaseWord && QuantityFinder.isPluralNoun(tokens[t + 1]))
            let midHyphen = before.text == "-" && t >= 2 && tokens[t - 2].lower == "mid"
            // "2008-9", "2019-20": a span of years written short is years whatever stands before it.
            let shortSpan = t + 2 < sentence.upperBound && tokens[t + 1].text == "-" && !tokens[t + 1].spaced
                && tokens[t + 2].kind == .number && tokens[t + 2].text.count <= 2 && !tokens[t + 2].spaced
                && Int(tokens[t + 2].text).map { $0 > year % (tokens[t + 2].text.count == 1 ? 10 : 100) } == true
                && !(t + 3 < sentence.upperBound && tokens[t + 3].text == "-" && !tokens[t + 3].spaced)
            if yearPrepositions.contains(before.lower) || between || fromTo || attributive || midHyphen || shortSpan {
                return (String(year), .year, t)
            }
        }
        return nil
    }

    /// A month (and day) the text gives without its year: dated when the words around it name the year
    /// ("this May", "last March", "10 June next year") and the article has its own date; else a month without year.
    private static func withoutYear(_ month: Int, day: Int?, start: Int, end: Int, _ tokens: [Token], sentence: Range<Int>,
                                    context: ArticleClock?) -> (String, DatePrecision, Int)? {
        // A day no year has ("31 April") is no date; 29 February is, in a leap year.
        guard day.map({ PacketDate(year: 2000, month: month, day: $0) != nil }) ?? true else { return nil }
        if let context, let (year, last) = context.namedYear(of: month, before: start, after: end, tokens, sentence: sentence) {
            if let day { return format(year, month, day).map { ($0, .day, last) } }
            return format(year, month, nil).map { ($0, .month, last) }
        }
        return (two(month), .monthWithoutYear, end)
    }

    /// A month name standing in prose as a date: after a preposition or a lower-case word ("in an unseasonably
    /// mild January"), or opening the sentence ("November marked …"). "May" needs its preposition (it is also a
    /// verb and a surname), and a month between capitalised words is part of a name ("April Ryan").
    private static func isMonthInProse(at t: Int, _ tokens: [Token], sentence: Range<Int>) -> Bool {
        let word = tokens[t].lower
        if t + 1 < sentence.upperBound, tokens[t + 1].isCapitalized { return false }
        guard t > sentence.lowerBound else { return word != "may" && t + 1 < sentence.upperBound && tokens[t + 1].isLowercaseWord }
        let before = tokens[t - 1]
        if monthPrepositions.contains(before.lower) || ["this", "last", "next"].contains(before.lower) { return true }
        return word != "may" && before.isLowercaseWord
    }

    /// "on Sunday", "yesterday", "earlier this month", "last month", "last week": the day or month they name,
    /// counted from the article's date.
    private static func relativeDate(at t: Int, _ tokens: [Token], sentence: Range<Int>, clock: ArticleClock) -> (String, DatePrecision, Int)? {
        let word = tokens[t].lower
        let before = t > sentence.lowerBound ? tokens[t - 1].lower : ""
        let after = t + 1 < sentence.upperBound ? tokens[t + 1].lower : ""
        if word == "yesterday" { return (clock.shifted(days: -1).description, .day, t) }
        if word == "tomorrow" { return (clock.shifted(days: 1).description, .day, t) }
        if let weekday = Lexicon.weekdayNumbers[word], tokens[t].isCapitalized,
           weekdayPrepositions.contains(before) || ["morning", "afternoon", "evening", "night"].contains(after) {
            let forward = before == "next" || (before != "last" && clock.isFuture)
            return (clock.nearest(weekday: weekday, forward: forward).description, .day, t)
        }
        // "this month", "earlier this month", "last month", "next month"; "last week" when that week lies in one month.
        guard ["this", "last", "next"].contains(word), t + 1 < sentence.upperBound else { return nil }
        switch after {
        case "month":
            let offset = word == "last" ? -1 : word == "next" ? 1 : 0
            return (clock.month(offset: offset), .month, t + 1)
        case "week" where word == "last":
            guard let month = clock.monthOfLastWeek else { return nil }
            return (month, .month, t + 1)
        default:
            return nil
        }
    }

    /// The article's own date, and what the sentence says of time: whether it speaks of the future.
    struct ArticleClock {
        let articleDate: PacketDate
        let sentence: ArraySlice<Token>

        var isFuture: Bool { DateFinder.isFuture(sentence) }

        /// The year the words around a month name give it: "this May", "last March", "next June",
        /// "May this year", "March last year".
        func namedYear(of month: Int, before start: Int, after end: Int, _ tokens: [Token], sentence: Range<Int>) -> (Int, Int)? {
            if start > sentence.lowerBound {
                switch tokens[start - 1].lower {
                case "this": return (articleDate.year, end)
                case "last": return (month < articleDate.month ? articleDate.year : articleDate.year - 1, end)
                case "next": return (month > articleDate.month ? articleDate.year : articleDate.year + 1, end)
                default: break
                }
            }
            guard end + 2 < sentence.upperBound, tokens[end + 2].lower == "year" else { return nil }
            switch tokens[end + 1].lower {
            case "this": return (articleDate.year, end + 2)
            case "last": return (articleDate.year - 1, end + 2)
            case "next": return (articleDate.year + 1, end + 2)
            default: return nil
            }
        }

        func shifted(days: Int) -> PacketDate {
            PacketDate(secondsSince1970: articleDate.secondsSince1970 + Int64(days) * 86_400)
        }

        /// Monday is 0: 1970-01-01 was a Thursday.
        private func weekday(of date: PacketDate) -> Int {
            Int(((date.secondsSince1970 / 86_400) % 7 + 7 + 3) % 7)
        }

        /// The last such weekday before the article's day, or with `forward` the next one after it.
        func nearest(weekday target: Int, forward: Bool) -> PacketDate {
            let today = weekday(of: articleDate)
            let days = forward ? (target - today + 7) % 7 : -((today - target + 7) % 7)
            return shifted(days: days == 0 ? (forward ? 7 : 0) : days)
        }

        func month(offset: Int) -> String {
            let index = articleDate.year * 12 + articleDate.month - 1 + offset
            return "\(index / 12)-\(DateFinder.two(index % 12 + 1))"
        }

        /// The month of the calendar week before the article's, when the whole week lies in one month.
        var monthOfLastWeek: String? {
            let monday = shifted(days: -weekday(of: articleDate) - 7)
            let sunday = PacketDate(secondsSince1970: monday.secondsSince1970 + 6 * 86_400)
            guard monday.month == sunday.month else { return nil }
            return "\(monday.year)-\(DateFinder.two(monday.month))"
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
              let text = format(year, month, day) else { return nil }
        return (text, .day, index + 4)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for a day the calendar does not have ("29 February 2023").
    private static func format(_ year: Int, _ month: Int?, _ day: Int?) -> String? {
        var text = String(year)
        if let month { text += "-" + two(month) }
        if let day {
            guard let month, PacketDate(year: year, month: month, day: day) != nil else { return nil }
            text += "-" + two(day)
        }
        return text
    }

    fileprivate static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// One line from the sentence: single spaces, cut at a word near the limit.
    static func summarize(_ sentence: String) -> String {
        let line = CharacterClass.collapsingWhitespace(sentence)
        guard line.count > summaryLimit else { return line }
        let cut = line.prefix(summaryLimit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
