/// A number an article states, before it gets its ID.
struct FoundQuantity: Equatable {
    var value: Double
    var unit: String?
    var noun: String
    var text: String
    var sentence: String
    /// True when the sentence recalls another event for comparison.
    var context: Bool? = nil
    var unitIndex: Int
}

/// Finds numbers written in digits with what they count: "1,000 Wagner paramilitaries", "5,100 troops",
/// money with its currency ("$1.2 billion in aid" → 1.2e9 USD) and percentages ("12%"). Years, dates,
/// times, ordinals, ages and durations are left out. A number with no noun after it borrows one from a
/// range ("2,500 or 3,000 troops") or from the noun it is compared with ("troops … from 5,000 to 2,500").
enum QuantityFinder {
    /// Longest noun phrase taken after a number, in words.
    static let nounPhraseLimit = 4
    /// Words before a bare number that make it a value of a noun said earlier in the sentence.
    static let comparisonWords: Set<String> = ["from", "to", "around", "about", "some", "nearly", "almost", "roughly",
                                               "approximately", "or", "and", "than", "at", "of", "just", "over", "under"]

    /// Words that make a bare number an estimate of something already counted: "About 23,000", "more than 60".
    static let approximatingWords: Set<String> = ["about", "around", "nearly", "almost", "roughly", "approximately",
                                                  "some", "than", "over", "under", "just"]

    static func quantities(in text: ArticleText) -> [FoundQuantity] {
        var result: [FoundQuantity] = []
        for (u, unit) in text.units.enumerated() {
            // What the sentence before counted: "… 25 crews. … that number can expand to more than 60."
            var previousCount: String?
            for sentence in text.sentences[u] {
                var sentenceText: String?
                var recalls: Bool?
                var lastCount: String?
                defer { previousCount = lastCount }
                for t in sentence where unit.tokens[t].kind == .number || Lexicon.numberWords[unit.tokens[t].lower] != nil {
                    if var quantity = quantity(at: t, unit: unit, sentence: sentence, previousCount: previousCount) {
                        if quantity.unit == nil { lastCount = quantity.noun }
                        quantity.unitIndex = u
                        recalls = recalls ?? recallsAnotherEvent(unit.tokens, sentence: sentence)
                        quantity.context = recalls! ? true : nil
                        if sentence.count > sentenceTokenLimit {
                            quantity.sentence = excerpt(of: unit, sentence: sentence, around: t)
                        } else {
                            sentenceText = sentenceText ?? unit.text(tokens: sentence)
                            quantity.sentence = sentenceText!
                        }
                        result.append(quantity)
                    }
                }
            }
        }
        return result
    }

    /// True when the sentence is about another event, recalled to compare: a superlative measured "since" then
    /// ("the deadliest since 1976"), a year set with its "when" clause ("In 2009, when …"), or an event
    /// introduced as an earlier one ("a previous crash killed …", "the last comparable drought").
    static func recallsAnotherEvent(_ tokens: [Token], sentence: Range<Int>) -> Bool {
        for t in sentence {
            let word = tokens[t].lower
            if word == "the", t + 1 < sentence.upperBound, isSuperlative(tokens[t + 1].lower),
               tokens[(t + 2)..<min(sentence.upperBound, t + 12)].contains(where: { $0.lower == "since" }) {
                return true
            }
            // "In 2009, when …", "in 2009, however, when …"; not "the first since 2012, when …", which compares.
            if DateFinder.isYear(t, tokens), t > sentence.lowerBound, tokens[t - 1].lower == "in", t + 1 < sentence.upperBound,
               tokens[t + 1].text == ",", tokens[(t + 2)..<min(sentence.upperBound, t + 6)].contains(where: { $0.lower == "when" }) {
                return true
            }
            if ["a", "an", "the"].contains(word) {
                // "the last comparable drought": "last" may stand before the adjective.
                let adjective = t + 1 < sentence.upperBound && tokens[t + 1].lower == "last" ? t + 2 : t + 1
                if adjective + 1 < sentence.upperBound, earlierEventWords.contains(tokens[adjective].lower),
                   tokens[adjective + 1].kind == .word {
                    return true
                }
            }
        }
        return false
    }

    private static func isSuperlative(_ word: String) -> Bool {
        ["worst", "most", "best", "least"].contains(word) || word.count > 4 && word.hasSuffix("est")
    }

    /// Adjectives that set an event before the one reported: "a previous crash", "an earlier flood".
    private static let earlierEventWords: Set<String> = ["previous", "earlier", "prior", "comparable", "similar"]

    /// A sentence longer than this (a run-on text without full stops) is quoted around the number only.
    static let sentenceTokenLimit = 120

    private static func excerpt(of unit: TextUnit, sentence: Range<Int>, around index: Int) -> String {
        let window = max(sentence.lowerBound, index - 30)..<min(sentence.upperBound, index + 30)
        let prefix = window.lowerBound > sentence.lowerBound ? "…" : ""
        let suffix = window.upperBound < sentence.upperBound ? "…" : ""
        return prefix + unit.text(tokens: window) + suffix
    }

    private static func quantity(at index: Int, unit: TextUnit, sentence: Range<Int>, previousCount: String?) -> FoundQuantity? {
        let tokens = unit.tokens
        let number = tokens[index]
        if number.kind == .word { return spelledOut(at: index, unit: unit, sentence: sentence) }
        guard !DateFinder.isDatePart(index, tokens), !isPartOfLargerToken(index, tokens),
              let base = Double(number.text.replacingOccurrences(of: ",", with: "")) else { return nil }
        var value = base
        var end = index
        var start = index
        var currency: String?

        // Currency before the amount: "$5", "US$5", "€3", "USD 5".
        if index > sentence.lowerBound {
            let before = tokens[index - 1]
            if let code = Lexicon.currencySymbols[before.text], !number.spaced {
                currency = code
                start = index - 1
                if code == "USD", index >= 2, !before.spaced, ["US", "A", "C", "NZ", "HK"].contains(tokens[index - 2].text) {
                    currency = tokens[index - 2].text == "US" ? "USD" : currencyOfDollarPrefix(tokens[index - 2].text)
                    start = index - 2
                }
            } else if Lexicon.currencyCodes.contains(before.text) {
                currency = before.text
                start = index - 1
            }
        }
        // Scale: "1.2 billion", "3bn", "5m".
        if end + 1 < tokens.count, tokens[end + 1].kind == .word, let scale = Lexicon.scaleWords[tokens[end + 1].lower],
           tokens[end + 1].lower.count > 2 || !tokens[end + 1].spaced {
            value *= scale
            end += 1
        }
        // Currency after the amount: "5 million euros", "300 USD".
        if currency == nil, end + 1 < tokens.count {
            let next = tokens[end + 1]
            if let code = Lexicon.currencyWords[next.lower] ?? (Lexicon.currencyCodes.contains(next.text) ? next.text : nil) {
                currency = code
                end += 1
            }
        }
        // Money counts its currency ("$900m loan" counts US dollars); the text keeps what the money is for.
        if let currency {
            let noun = nounPhrase(after: end, tokens, sentence: sentence, prepositions: ["in", "of", "for"]).flatMap { $0.isDuration ? nil : $0 }
            let last = noun?.end ?? end
            return FoundQuantity(value: value, unit: currency, noun: currencyNoun(currency),
                                 text: unit.text(tokens: start..<last + 1), sentence: "", unitIndex: 0)
        }
        // Percentages: "12%", "12 percent", "12 per cent", all counted in percent.
        if let percentEnd = percentEnd(after: end, tokens) {
            let noun = nounPhrase(after: percentEnd, tokens, sentence: sentence, prepositions: ["of"]).flatMap { $0.isDuration ? nil : $0 }
            return FoundQuantity(value: value, unit: "%", noun: "percent",
                                 text: unit.text(tokens: start..<(noun?.end ?? percentEnd) + 1), sentence: "", unitIndex: 0)
        }
        // What remains is a count: not a clock time, a phone number, a name's number ("Flight 370", "Chapter 11").
        guard !isClockTime(after: end, tokens), !isPhoneNumber(index, tokens), !isIdentifier(index, tokens, sentence: sentence)
        else { return nil }
        // "a 5,000-strong force"; other compounds ("10-year-old", "52-page") are measures, not counts.
        if end + 2 < tokens.count, tokens[end + 1].text == "-", !tokens[end + 1].spaced {
            guard tokens[end + 2].lower == "strong", let noun = nounPhrase(after: end + 2, tokens, sentence: sentence) else { return nil }
            return FoundQuantity(value: value, unit: nil, noun: noun.text, text: unit.text(tokens: start..<noun.end + 1), sentence: "", unitIndex: 0)
        }
        // A year is a date, even before a noun ("the 1994 treaty", "1985 Vodafone"), unless it counts a plural
        // noun it stands right before ("2000 people").
        if DateFinder.isYear(index, tokens) {
            guard end + 1 < sentence.upperBound, tokens[end + 1].isLowercaseWord, isPluralNoun(tokens[end + 1]),
                  index == sentence.lowerBound || !yearWords.contains(tokens[index - 1].lower) else { return nil }
        }
        // "10 or so images", "20 or more people": the noun after the approximation.
        if end + 3 < sentence.upperBound, tokens[end + 1].lower == "or", approximations.contains(tokens[end + 2].lower),
           let noun = nounPhrase(after: end + 2, tokens, sentence: sentence), !noun.isDuration {
            return FoundQuantity(value: value, unit: nil, noun: noun.text, text: unit.text(tokens: start..<noun.end + 1), sentence: "", unitIndex: 0)
        }
        // "192 of the legislature's 300 seats": a part counts what its whole counts.
        if let noun = partitiveNoun(after: end, tokens, sentence: sentence) {
            return FoundQuantity(value: value, unit: nil, noun: noun, text: unit.text(tokens: start..<end + 1), sentence: "", unitIndex: 0)
        }
        if let noun = nounPhrase(after: end, tokens, sentence: sentence) {
            guard !noun.isDuration else { return nil }
            // More than one of a thing is a plural: in "23,000 die" the word after the number is its verb, and
            // the noun is found as for a bare number, below.
            if value == 1 || isPluralNoun(tokens[noun.end]) {
                return FoundQuantity(value: value, unit: nil, noun: noun.text, text: unit.text(tokens: start..<noun.end + 1), sentence: "", unitIndex: 0)
            }
        }
        // "2,500 or 3,000 French troops": the noun after the range.
        if end + 2 < tokens.count, ["or", "to", "and", "-", "–"].contains(tokens[end + 1].lower), tokens[end + 2].kind == .number {
            var next = end + 2
            if next + 1 < tokens.count, Lexicon.scaleWords[tokens[next + 1].lower] != nil { next += 1 }
            if let noun = nounPhrase(after: next, tokens, sentence: sentence), !noun.isDuration {
                return FoundQuantity(value: value, unit: nil, noun: noun.text, text: unit.text(tokens: start..<end + 1), sentence: "", unitIndex: 0)
            }
        }
        // "French troops … should drop from around 5,000": the noun compared earlier in the sentence, else the one
        // the sentence before counted ("2 million people get sick … About 23,000 die").
        guard index > sentence.lowerBound, comparisonWords.contains(tokens[index - 1].lower),
              let noun = nounBefore(index, tokens, sentence: sentence)
                ?? (approximatingWords.contains(tokens[index - 1].lower) ? previousCount : nil) else { return nil }
        return FoundQuantity(value: value, unit: nil, noun: noun, text: unit.text(tokens: start..<end + 1), sentence: "", unitIndex: 0)
    }

    /// "three ships", "two million people", "six opposition parties": a number word before the plural noun it
    /// counts. "one" is left out: it is a pronoun ("one of the ships") far more often than a count.
    private static func spelledOut(at index: Int, unit: TextUnit, sentence: Range<Int>) -> FoundQuantity? {
        let tokens = unit.tokens
        guard let base = Lexicon.numberWords[tokens[index].lower], tokens[index].spaced else { return nil }
        if index > sentence.lowerBound, tokens[index - 1].text == "-" || Lexicon.numberWords[tokens[index - 1].lower] != nil { return nil }
        var value = base
        var end = index
        if end + 1 < sentence.upperBound, tokens[end + 1].lower.count > 2, let scale = Lexicon.scaleWords[tokens[end + 1].lower] {
            value *= scale
            end += 1
        }
        guard end + 1 < sentence.upperBound, tokens[end + 1].isLowercaseWord, !isClockTime(after: end, tokens) else { return nil }
        if let code = Lexicon.currencyWords[tokens[end + 1].lower] {
            return FoundQuantity(value: value, unit: code, noun: currencyNoun(code), text: unit.text(tokens: index..<end + 2), sentence: "", unitIndex: 0)
        }
        guard let noun = nounPhrase(after: end, tokens, sentence: sentence), !noun.isDuration, isPluralNoun(tokens[noun.end]) else { return nil }
        return FoundQuantity(value: value, unit: nil, noun: noun.text, text: unit.text(tokens: index..<noun.end + 1), sentence: "", unitIndex: 0)
    }

    /// Words before a year that make it a date, not a count: "in 2000", "the 2022 election".
    static let yearWords: Set<String> = DateFinder.yearPrepositions.union(["the", "a", "an", "its", "their", "his", "her"])
    /// "or so", "or more": words that make a number approximate without ending its noun phrase.
    static let approximations: Set<String> = ["so", "more", "fewer", "less"]

    /// "8.20 a.m.", "10 pm", "16.06 GMT": a number read from a clock.
    private static func isClockTime(after end: Int, _ tokens: [Token]) -> Bool {
        guard end + 1 < tokens.count else { return false }
        let next = tokens[end + 1]
        if ["am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt"].contains(next.lower) { return true }
        // "a.m." and "p.m." are split at their dots.
        return (next.lower == "a" || next.lower == "p") && end + 3 < tokens.count && tokens[end + 2].text == "."
            && !tokens[end + 2].spaced && tokens[end + 3].lower == "m"
    }

    /// "020 7946 0958", "555-0134": a number with a leading zero, or three digits joined by a hyphen to four.
    private static func isPhoneNumber(_ index: Int, _ tokens: [Token]) -> Bool {
        let text = tokens[index].text
        if text.count >= 3, text.hasPrefix("0"), !text.contains(".") { return true }
        func joined(_ a: Int, _ b: Int) -> Bool {
            b + 1 < tokens.count && a >= 0 && tokens[a + 1].text == "-" && !tokens[a + 1].spaced && !tokens[b].spaced
                && tokens[a].text.count == 3 && tokens[b].text.count == 4 && tokens[a].kind == .number && tokens[b].kind == .number
        }
        return joined(index, index + 2) || (index >= 2 && joined(index - 2, index))
    }

    /// "Flight 370", "Chapter 11", "a Boeing 747", "UN resolution 1441", "the LGP-30": a number that is part of a
    /// name or identifies one of a kind, not a count. A capitalised word before the number inside the sentence
    /// (not the sentence's first word, capitalised by grammar) names the thing; a few nouns number their kind.
    private static func isIdentifier(_ index: Int, _ tokens: [Token], sentence: Range<Int>) -> Bool {
        guard index > sentence.lowerBound else { return false }
        let before = tokens[index - 1]
        if before.text == "-", !before.spaced, !tokens[index].spaced, index >= 2, tokens[index - 2].kind == .word { return true }
        if identifierNouns.contains(before.lower) { return true }
        return before.isCapitalized && index - 1 > sentence.lowerBound && !Lexicon.functionWords.contains(before.lower)
            && Lexicon.monthNumbers[before.lower] == nil
    }

    /// Nouns that number the things of their kind: "flight 370", "page 4", "resolution 1441".
    static let identifierNouns: Set<String> = [
        "flight", "route", "resolution", "chapter", "page", "building", "room", "gate", "platform", "terminal", "model",
        "number", "no", "article", "section", "clause", "bus", "line", "channel", "highway", "interstate", "apollo",
        "level", "grade", "category", "stage", "phase", "episode", "season", "volume", "issue", "exit", "pier", "berth",
    ]

    /// "of the legislature's 300 seats": the noun of the whole a part is counted from.
    private static func partitiveNoun(after end: Int, _ tokens: [Token], sentence: Range<Int>) -> String? {
        guard end + 2 < sentence.upperBound, tokens[end + 1].lower == "of" else { return nil }
        var t = end + 2
        while t < min(sentence.upperBound, end + 8), tokens[t].kind != .number {
            guard tokens[t].kind == .word else { return nil }
            t += 1
        }
        guard t < sentence.upperBound, tokens[t].kind == .number, let noun = nounPhrase(after: t, tokens, sentence: sentence),
              !noun.isDuration, isPluralNoun(tokens[noun.end]) else { return nil }
        return noun.text
    }

    private struct NounPhrase {
        var text: String
        var end: Int
        var isDuration: Bool
    }

    /// The words after `index` up to and including the first plural noun, at most four, stopping at
    /// function words. After one of `prepositions`, "in aid", "of voters" count too.
    private static func nounPhrase(after index: Int, _ tokens: [Token], sentence: Range<Int>,
                                   prepositions: Set<String> = []) -> NounPhrase? {
        var t = index + 1
        if t < sentence.upperBound, prepositions.contains(tokens[t].lower) {
            t += 1
            if t < sentence.upperBound, ["the", "its", "their", "his", "her", "our", "a", "an"].contains(tokens[t].lower) { t += 1 }
        }
        var words: [Token] = []
        var last = index
        while t < sentence.upperBound, words.count < nounPhraseLimit {
            let token = tokens[t]
            guard token.kind == .word, token.spaced else { break }
            if Lexicon.durationNouns.contains(token.lower) {
                return words.isEmpty ? NounPhrase(text: token.text, end: t, isDuration: true) : nil
            }
            guard !Lexicon.nounPhraseStops.contains(token.lower), !SpeechPatterns.isSpeechVerb(token) else { break }
            words.append(token)
            last = t
            if isPluralNoun(token) { break }
            t += 1
        }
        // A phrase ends on its noun, not on a participle or adverb.
        while let tail = words.last, words.count > 1, !isPluralNoun(tail),
              tail.lower.hasSuffix("ed") || tail.lower.hasSuffix("ing") || tail.lower.hasSuffix("ly") {
            words.removeLast()
            last -= 1
        }
        guard let head = words.last, head.lower.count > 1,
              !(words.count == 1 && (head.lower.hasSuffix("ed") || head.lower.hasSuffix("ly"))) else { return nil }
        return NounPhrase(text: words.map(\.text).joined(separator: " "), end: last, isDuration: false)
    }

    /// The nearest plural noun before the number in its sentence, with a capitalised modifier: "French troops".
    private static func nounBefore(_ index: Int, _ tokens: [Token], sentence: Range<Int>) -> String? {
        var t = index - 1
        while t >= max(sentence.lowerBound, index - 15) {
            let token = tokens[t]
            if token.isLowercaseWord, isPluralNoun(token), !SpeechPatterns.isSpeechVerb(token) {
                if t > sentence.lowerBound, tokens[t - 1].isCapitalized || (tokens[t - 1].isLowercaseWord && tokens[t - 1].lower.hasSuffix("ian")) {
                    return tokens[t - 1].stem + " " + token.text
                }
                return token.text
            }
            t -= 1
        }
        return nil
    }

    static func isPluralNoun(_ token: Token) -> Bool {
        let word = token.lower
        if Lexicon.irregularPlurals.contains(word) { return true }
        guard token.kind == .word, word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
              !word.hasSuffix("is"), !word.hasSuffix("’s"), !word.hasSuffix("'s") else { return false }
        return !notPlural.contains(word) && !Lexicon.speechVerbs.contains(word)
    }

    private static let notPlural: Set<String> = [
        "does", "goes", "this", "thus", "always", "perhaps", "across", "towards", "whereas", "besides", "unless",
        "sometimes", "afterwards", "news", "series", "species", "means", "remains", "seems", "becomes", "includes",
        "makes", "takes", "gives", "comes", "needs", "wants", "plans", "hopes", "aims", "leads", "holds", "keeps",
        "onwards", "backwards", "forwards", "upwards", "downwards", "outwards", "inwards",
    ]

    private static func percentEnd(after index: Int, _ tokens: [Token]) -> Int? {
        guard index + 1 < tokens.count else { return nil }
        let next = tokens[index + 1]
        if next.text == "%" || next.lower == "percent" || next.lower == "pct" { return index + 1 }
        if next.lower == "per", index + 2 < tokens.count, tokens[index + 2].lower == "cent" { return index + 2 }
        return nil
    }

    /// "10th", "1990s", "10:30", "2021-06-10": digits that are part of something else.
    private static func isPartOfLargerToken(_ index: Int, _ tokens: [Token]) -> Bool {
        if index + 1 < tokens.count, !tokens[index + 1].spaced {
            let next = tokens[index + 1]
            if next.kind == .word, Lexicon.scaleWords[next.lower] == nil, Lexicon.currencyCodes.contains(next.text) == false { return true }
            if next.text == ":" || next.text == "/" || next.text == "." && index + 2 < tokens.count && tokens[index + 2].kind == .number { return true }
        }
        if index > 0, !tokens[index].spaced {
            let previous = tokens[index - 1]
            if previous.kind == .word || previous.kind == .number || previous.text == ":" || previous.text == "/" { return true }
            if previous.text == "-" && index > 1 && tokens[index - 2].kind == .number && !tokens[index - 1].spaced { return true }
        }
        return false
    }

    /// The currency an amount counts, by its ISO 4217 name in plain words: "US dollars", "British pounds".
    static func currencyNoun(_ code: String) -> String {
        currencyNames[code] ?? code
    }

    private static let currencyNames: [String: String] = [
        "USD": "US dollars", "CAD": "Canadian dollars", "AUD": "Australian dollars", "NZD": "New Zealand dollars",
        "HKD": "Hong Kong dollars", "EUR": "euros", "GBP": "British pounds", "JPY": "Japanese yen", "CNY": "Chinese yuan",
        "RUB": "Russian roubles", "INR": "Indian rupees", "CHF": "Swiss francs", "NGN": "Nigerian naira",
        "ZAR": "South African rand", "XOF": "CFA francs", "XAF": "CFA francs", "UAH": "Ukrainian hryvnias",
        "TRY": "Turkish lira", "BRL": "Brazilian reais", "MXN": "Mexican pesos", "KRW": "South Korean won",
        "SEK": "Swedish kronor", "NOK": "Norwegian kroner", "DKK": "Danish kroner", "PLN": "Polish zloty",
    ]

    private static func currencyOfDollarPrefix(_ prefix: String) -> String {
        switch prefix {
        case "A": "AUD"
        case "C": "CAD"
        case "NZ": "NZD"
        case "HK": "HKD"
        default: "USD"
        }
    }
}
