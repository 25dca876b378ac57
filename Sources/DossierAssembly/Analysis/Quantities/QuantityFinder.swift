/// A number an article states, before it gets its ID.
struct FoundQuantity: Equatable {
    var value: Double
    var unit: String?
    var noun: String
    var text: String
    var sentence: String
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

    static func quantities(in text: ArticleText) -> [FoundQuantity] {
        var result: [FoundQuantity] = []
        for (u, unit) in text.units.enumerated() {
            for sentence in text.sentences[u] {
                var sentenceText: String?
                for t in sentence where unit.tokens[t].kind == .number {
                    if var quantity = quantity(at: t, unit: unit, sentence: sentence) {
                        quantity.unitIndex = u
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

    /// A sentence longer than this (a run-on text without full stops) is quoted around the number only.
    static let sentenceTokenLimit = 120

    private static func excerpt(of unit: TextUnit, sentence: Range<Int>, around index: Int) -> String {
        let window = max(sentence.lowerBound, index - 30)..<min(sentence.upperBound, index + 30)
        let prefix = window.lowerBound > sentence.lowerBound ? "…" : ""
        let suffix = window.upperBound < sentence.upperBound ? "…" : ""
        return prefix + unit.text(tokens: window) + suffix
    }

    private static func quantity(at index: Int, unit: TextUnit, sentence: Range<Int>) -> FoundQuantity? {
        let tokens = unit.tokens
        let number = tokens[index]
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
        if let currency {
            let noun = nounPhrase(after: end, tokens, sentence: sentence, prepositions: ["in", "of", "for"]).flatMap { $0.isDuration ? nil : $0 }
            let last = noun?.end ?? end
            return FoundQuantity(value: value, unit: currency, noun: noun?.text ?? currencyNoun(currency),
                                 text: unit.text(tokens: start..<last + 1), sentence: "", unitIndex: 0)
        }
        // Percentages: "12%", "12 percent", "12 per cent".
        if let percentEnd = percentEnd(after: end, tokens) {
            let noun = nounPhrase(after: percentEnd, tokens, sentence: sentence, prepositions: ["of"]).flatMap { $0.isDuration ? nil : $0 }
            return FoundQuantity(value: value, unit: "%", noun: noun?.text ?? "percent",
                                 text: unit.text(tokens: start..<(noun?.end ?? percentEnd) + 1), sentence: "", unitIndex: 0)
        }
        // "a 5,000-strong force"; other compounds ("10-year-old", "52-page") are measures, not counts.
        if end + 2 < tokens.count, tokens[end + 1].text == "-", !tokens[end + 1].spaced {
            guard tokens[end + 2].lower == "strong", let noun = nounPhrase(after: end + 2, tokens, sentence: sentence) else { return nil }
            return FoundQuantity(value: value, unit: nil, noun: noun.text, text: unit.text(tokens: start..<noun.end + 1), sentence: "", unitIndex: 0)
        }
        if DateFinder.isYear(index, tokens), nounPhrase(after: end, tokens, sentence: sentence) == nil { return nil }
        if let noun = nounPhrase(after: end, tokens, sentence: sentence) {
            guard !noun.isDuration else { return nil }
            return FoundQuantity(value: value, unit: nil, noun: noun.text, text: unit.text(tokens: start..<noun.end + 1), sentence: "", unitIndex: 0)
        }
        // "2,500 or 3,000 French troops": the noun after the range.
        if end + 2 < tokens.count, ["or", "to", "and", "-", "–"].contains(tokens[end + 1].lower), tokens[end + 2].kind == .number {
            var next = end + 2
            if next + 1 < tokens.count, Lexicon.scaleWords[tokens[next + 1].lower] != nil { next += 1 }
            if let noun = nounPhrase(after: next, tokens, sentence: sentence), !noun.isDuration {
                return FoundQuantity(value: value, unit: nil, noun: noun.text, text: unit.text(tokens: start..<end + 1), sentence: "", unitIndex: 0)
            }
        }
        // "French troops … should drop from around 5,000": the noun compared earlier in the sentence.
        guard index > sentence.lowerBound, comparisonWords.contains(tokens[index - 1].lower),
              let noun = nounBefore(index, tokens, sentence: sentence) else { return nil }
        return FoundQuantity(value: value, unit: nil, noun: noun, text: unit.text(tokens: start..<end + 1), sentence: "", unitIndex: 0)
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

    private static func currencyNoun(_ code: String) -> String {
        switch code {
        case "USD", "CAD", "AUD", "NZD", "HKD": "dollars"
        case "EUR": "euros"
        case "GBP": "pounds"
        default: code
        }
    }

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
