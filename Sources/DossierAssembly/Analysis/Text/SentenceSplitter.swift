/// Splits a unit's tokens into sentences. A full stop inside a quotation does not end the sentence
/// around it (so "“We stay. We fight,” he said." stays one sentence with its attribution), nor does one
/// after an abbreviation ("Gen.", "Jan.") or an initial ("George W. Bush").
enum SentenceSplitter {
    static let terminators: Set<Character> = [".", "!", "?", "…"]
    static let closers: Set<Character> = ["”", "’", "\"", "'", "»", ")", "]"]
    /// Past this many tokens a "sentence" is run-on text (an unclosed quotation, a list without full
    /// stops): it ends at the next terminator even inside quotation marks…
    static let softLimit = 120
    /// …and here at the latest, so that the work done per sentence stays bounded and analysis linear.
    static let hardLimit = 400

    /// Token ranges of the sentences, in order, covering every token.
    static func sentences(of unit: TextUnit, quoteOfToken: QuoteOwners) -> [Range<Int>] {
        let tokens = unit.tokens
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var end = index + 1
            let runOn = index - start >= softLimit
            if token.isSymbol(terminators), runOn || quoteOfToken[index] == nil || closesQuote(at: index, tokens, quoteOfToken) {
                // Take closing marks and brackets that follow into this sentence.
                while end < tokens.count, tokens[end].isSymbol(closers), !tokens[end].spaced { end += 1 }
                if !isAbbreviation(before: index, tokens), runOn || startsSentence(at: end, tokens) {
                    result.append(start..<end)
                    start = end
                }
            }
            if end - start >= hardLimit {
                result.append(start..<end)
                start = end
            }
            index = end
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// A terminator inside a quotation ends the sentence only when the quotation closes right after it.
    private static func closesQuote(at index: Int, _ tokens: [Token], _ quoteOfToken: QuoteOwners) -> Bool {
        guard let quote = quoteOfToken[index] else { return false }
        var next = index + 1
        while next < tokens.count, tokens[next].isSymbol(closers), !tokens[next].spaced {
            if quoteOfToken[next] == quote, next + 1 == tokens.count || quoteOfToken[next + 1] != quote { return true }
            next += 1
        }
        return false
    }

    private static func isAbbreviation(before index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].text == ".", index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word, !tokens[index].spaced else { return false }
        if Lexicon.abbreviations.contains(previous.lower) { return true }
        return previous.text.count == 1 && CharacterClass.isUppercase(previous.text.first!)
    }

    private static func startsSentence(at index: Int, _ tokens: [Token]) -> Bool {
        guard index < tokens.count else { return true }
        let token = tokens[index]
        guard token.spaced else { return false }
        switch token.kind {
        case .word: return CharacterClass.isUppercase(token.text.first!)
        case .number: return true
        case .symbol: return QuoteFinder.isQuoteMark(token.text.first!) || "([-—–".contains(token.text.first!)
                || Lexicon.currencySymbols[token.text] != nil
        }
    }
}
