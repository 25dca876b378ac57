/// A quotation found in an article, before its speaker is known.
struct FoundQuote {
    /// The quoted words without the marks.
    var text: String
    /// A few words quoted inside a sentence rather than a statement of its own.
    var partial: Bool
    /// The unit and character offset of the opening mark.
    var startUnit: Int
    var openMark: Int
    /// The unit where the quotation ends and the offset just past its closing mark (or the unit's end).
    var endUnit: Int
    var closeEnd: Int
}

/// The quotations of an article and which tokens each one covers.
struct QuoteLayout {
    var quotes: [FoundQuote] = []
    /// For each unit and token: the quotation covering it (marks included), or nil.
    var quoteOfToken: [[Int?]] = []
}

/// Finds quotations: curly, straight and guillemet double quotes, single-quoted quotes outside them,
/// quotations that run over paragraphs (an opening mark with no closing one continues at the next
/// paragraph's opening mark), and block quotes without marks.
enum QuoteFinder {
    static let doubleOpeners: Set<Character> = ["“", "„", "«", "‟"]
    static let doubleClosers: Set<Character> = ["”", "»", "\""]
    static let singleOpeners: Set<Character> = ["‘", "‚", "‹", "'"]
    static let singleClosers: Set<Character> = ["’", "›", "'"]
    static let allMarks: Set<Character> = doubleOpeners.union(doubleClosers).union(singleOpeners).union(singleClosers)
    /// Longest single-quoted span taken as a quotation; longer ones are apostrophes that happen to pair up.
    static let singleQuoteLimit = 240

    static func find(in units: [TextUnit]) -> QuoteLayout {
        var layout = QuoteLayout()
        var ranges: [[(range: Range<Int>, quote: Int)]] = Array(repeating: [], count: units.count)
        var pending: (quote: FoundQuote, parts: [String])?

        func finish(_ quote: FoundQuote, _ parts: [String]) {
            var quote = quote
            quote.text = clean(parts.joined(separator: " "))
            guard quote.text.contains(where: { $0.isLetter || $0.isNumber }) else {
                let dropped = layout.quotes.count
                for unit in quote.startUnit...quote.endUnit { ranges[unit].removeAll { $0.quote == dropped } }
                return
            }
            layout.quotes.append(quote)
        }

        for (u, unit) in units.enumerated() {
            let chars = unit.characters
            var index = 0
            if let open = pending {
                pending = nil
                let first = chars.firstIndex { !$0.isWhitespace } ?? chars.count
                if first < chars.count, isDoubleOpener(chars, first) {
                    let quoteIndex = layout.quotes.count
                    if let close = doubleCloser(chars, after: first) {
                        var quote = open.quote
                        quote.endUnit = u
                        quote.closeEnd = close + 1
                        ranges[u].append((first..<close + 1, quoteIndex))
                        finish(quote, open.parts + [unit.text(first + 1..<close)])
                        index = close + 1
                    } else {
                        var quote = open.quote
                        quote.endUnit = u
                        quote.closeEnd = chars.count
                        ranges[u].append((first..<chars.count, quoteIndex))
                        pending = (quote, open.parts + [unit.text(first + 1..<chars.count)])
                        continue
                    }
                } else {
                    finish(open.quote, open.parts)
                }
            }
            var foundMark = false
            while index < chars.count {
                if isDoubleOpener(chars, index) {
                    foundMark = true
                    let quoteIndex = layout.quotes.count
                    let partial = isPartial(chars, openMark: index)
                    if let close = doubleCloser(chars, after: index) {
                        ranges[u].append((index..<close + 1, quoteIndex))
                        let quote = FoundQuote(text: "", partial: partial, startUnit: u, openMark: index, endUnit: u, closeEnd: close + 1)
                        finish(quote, [unit.text(index + 1..<close)])
                        index = close + 1
                        continue
                    }
                    ranges[u].append((index..<chars.count, quoteIndex))
                    let quote = FoundQuote(text: "", partial: partial, startUnit: u, openMark: index, endUnit: u, closeEnd: chars.count)
                    pending = (quote, [unit.text(index + 1..<chars.count)])
                    break
                }
                if isSingleOpener(chars, index), let close = singleCloser(chars, after: index) {
                    foundMark = true
                    ranges[u].append((index..<close + 1, layout.quotes.count))
                    let quote = FoundQuote(text: "", partial: isPartial(chars, openMark: index), startUnit: u,
                                           openMark: index, endUnit: u, closeEnd: close + 1)
                    finish(quote, [unit.text(index + 1..<close)])
                    index = close + 1
                    continue
                }
                index += 1
            }
            if unit.isBlockQuote, !foundMark, pending == nil {
                // A block quote set apart without marks is itself the quotation.
                ranges[u].append((0..<chars.count, layout.quotes.count))
                let quote = FoundQuote(text: "", partial: false, startUnit: u, openMark: 0, endUnit: u, closeEnd: chars.count)
                finish(quote, [unit.text(0..<chars.count)])
            }
        }
        if let open = pending { finish(open.quote, open.parts) }

        layout.quoteOfToken = units.enumerated().map { u, unit in
            var owners = [Int?](repeating: nil, count: unit.tokens.count)
            var cursor = 0
            let spans = ranges[u]
            for (t, token) in unit.tokens.enumerated() {
                while cursor < spans.count, spans[cursor].range.upperBound <= token.start { cursor += 1 }
                if cursor < spans.count, spans[cursor].range.contains(token.start) { owners[t] = spans[cursor].quote }
            }
            return owners
        }
        return layout
    }

    /// Quoted words as people quote them: no surrounding space and no comma the attribution brought.
    static func clean(_ text: String) -> String {
        var result = CharacterClass.collapsingWhitespace(text)
        while let last = result.last, last == "," || last == ";" || last == ":" || last == "-" || last == "–" {
            result.removeLast()
            result = result.trimmingTrailingWhitespace()
        }
        return result
    }

    private static func isDoubleOpener(_ chars: [Character], _ index: Int) -> Bool {
        let char = chars[index]
        if doubleOpeners.contains(char) { return true }
        // A straight or right-hand mark opens where a word could start: after space or an opening bracket.
        guard char == "\"" || char == "”" else { return false }
        let before = index == 0 ? " " : chars[index - 1]
        let after = index + 1 < chars.count ? chars[index + 1] : " "
        if char == "\"", index > 0, Tokenizer.isDigit(before) { return false } // 5" is inches
        return (before.isWhitespace || "([{—–-‘'".contains(before)) && !after.isWhitespace
    }

    private static func doubleCloser(_ chars: [Character], after open: Int) -> Int? {
        var index = open + 1
        while index < chars.count {
            if doubleClosers.contains(chars[index]) { return index }
            index += 1
        }
        return nil
    }

    private static func isSingleOpener(_ chars: [Character], _ index: Int) -> Bool {
        guard singleOpeners.contains(chars[index]) else { return false }
        let before = index == 0 ? " " : chars[index - 1]
        guard index + 1 < chars.count, chars[index + 1].isLetter else { return false }
        return before.isWhitespace || "([{—–-“\"".contains(before)
    }

    /// A closing single mark after a non-space and before a non-letter, within the length limit and
    /// with no double mark in between.
    private static func singleCloser(_ chars: [Character], after open: Int) -> Int? {
        var index = open + 2
        let limit = min(chars.count, open + singleQuoteLimit)
        while index < limit {
            let char = chars[index]
            if doubleOpeners.contains(char) || doubleClosers.contains(char) { return nil }
            if singleClosers.contains(char), !chars[index - 1].isWhitespace,
               index + 1 == chars.count || !(chars[index + 1].isLetter || chars[index + 1].isNumber) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Partial: the quotation starts in lower case, or sits inside a clause (a word comes right before it).
    private static func isPartial(_ chars: [Character], openMark: Int) -> Bool {
        let first = chars[(openMark + 1)...].first { !$0.isWhitespace }
        if let first, first.isLowercase { return true }
        let before = chars[..<openMark].last { !$0.isWhitespace }
        guard let before else { return false }
        return before.isLetter || before.isNumber
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
