/// A quotation found in an article, before its speaker is known.
struct FoundQuote {
    /// The quoted words without the marks.
    var text: String
    /// A few words quoted inside a sentence rather than a statement of its own.
    var partial: Bool
    /// The unit and character offset of the opening mark.
    var startUnit: Int
    var openMark: Int
    /// The unit where the quotation ends (its start unit: a quotation over several paragraphs is one
    /// quote per paragraph) and the offset just past its closing mark, or where it stops unclosed.
    var endUnit: Int
    var closeEnd: Int
    /// The paragraph opens with a mark after the one before left its quotation open: the same quotation
    /// goes on, with the same speaker.
    var continuesPrevious = false
}

/// The quotations of an article and which tokens each one covers.
struct QuoteLayout {
    var quotes: [FoundQuote] = []
    /// For each unit and token: the quotation covering it (marks included), or nil.
    var quoteOfToken: [QuoteOwners] = []
}

/// The quotation covering each token of a unit, or nil: four bytes a token rather than an `Int?`'s
/// sixteen, since every token has one and an article has thousands of tokens.
struct QuoteOwners: RandomAccessCollection {
    private var owners: [Int32]

    init(count: Int) { owners = Array(repeating: -1, count: count) }

    var startIndex: Int { 0 }
    var endIndex: Int { owners.count }

    subscript(index: Int) -> Int? {
        get { owners[index] < 0 ? nil : Int(owners[index]) }
        set { owners[index] = newValue.map { Int32($0) } ?? -1 }
    }
}

/// Finds quotations: curly, straight and guillemet double quotes, single-quoted quotes outside them,
/// quotations that run over paragraphs (an opening mark with no closing one continues at the next
/// paragraph's opening mark: one quote per paragraph, marked as continuing), and block quotes without marks.
enum QuoteFinder {
    // Marks are told apart by their one scalar: comparing Characters compares strings (with a normalisation
    // check for every curly mark), and this runs on every character of every article.
    static func isDoubleOpenerMark(_ scalar: UInt32) -> Bool {
        switch scalar { case 0x201C, 0x201E, 0x00AB, 0x201F: true; default: false }
    }

    static func isDoubleCloserMark(_ scalar: UInt32) -> Bool {
        switch scalar { case 0x201D, 0x00BB, 0x22: true; default: false }
    }

    static func isSingleOpenerMark(_ scalar: UInt32) -> Bool {
        switch scalar { case 0x2018, 0x201A, 0x2039, 0x27: true; default: false }
    }

    static func isSingleCloserMark(_ scalar: UInt32) -> Bool {
        switch scalar { case 0x2019, 0x203A, 0x27: true; default: false }
    }

    static func isQuoteMark(_ char: Character) -> Bool {
        let scalar = CharacterClass.scalar(char)
        return isDoubleOpenerMark(scalar) || isDoubleCloserMark(scalar) || isSingleOpenerMark(scalar) || isSingleCloserMark(scalar)
    }

    /// Longest single-quoted span taken as a quotation; longer ones are apostrophes that happen to pair up.
    static let singleQuoteLimit = 240

    static func find(in units: [TextUnit]) -> QuoteLayout {
        var layout = QuoteLayout()
        var ranges: [[(range: Range<Int>, quote: Int)]] = Array(repeating: [], count: units.count)
        /// Per unit, the UTF-8 offset of each character: quotations are found in characters, tokens stand in bytes.
        var offsets: [[Int32]] = Array(repeating: [], count: units.count)
        /// The last quotation of the paragraph before ran to its end without a closing mark.
        var leftOpen = false

        func finish(_ quote: FoundQuote, _ range: Range<Int>, in chars: ScannedText) {
            var quote = quote
            quote.text = clean(chars.text(range))
            guard quote.text.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            ranges[quote.startUnit].append((quote.openMark..<quote.closeEnd, layout.quotes.count))
            layout.quotes.append(quote)
        }

        for (u, unit) in units.enumerated() {
            let chars = ScannedText(unit.text)
            offsets[u] = chars.offsets
            // A paragraph that opens a mark right after one left open goes on with the same quotation.
            let continuation = leftOpen ? chars.characters.firstIndex { !$0.isSpace } : nil
            leftOpen = false
            var index = 0
            var foundMark = false
            while index < chars.count {
                if isDoubleOpener(chars, index) {
                    foundMark = true
                    let end = doubleQuoteEnd(chars, after: index)
                    var quote = FoundQuote(text: "", partial: index != continuation && isPartial(chars, openMark: index),
                                           startUnit: u, openMark: index, endUnit: u, closeEnd: end.closed ? end.end + 1 : end.end)
                    quote.continuesPrevious = index == continuation
                    finish(quote, index + 1..<end.end, in: chars)
                    leftOpen = !end.closed && end.end == chars.count
                    index = quote.closeEnd
                    continue
                }
                if isSingleOpener(chars, index), let close = singleCloser(chars, after: index) {
                    foundMark = true
                    let quote = FoundQuote(text: "", partial: isPartial(chars, openMark: index), startUnit: u,
                                           openMark: index, endUnit: u, closeEnd: close + 1)
                    finish(quote, index + 1..<close, in: chars)
                    index = close + 1
                    continue
                }
                index += 1
            }
            if unit.isBlockQuote, !foundMark {
                // A block quote set apart without marks is itself the quotation.
                let quote = FoundQuote(text: "", partial: false, startUnit: u, openMark: 0, endUnit: u, closeEnd: chars.count)
                finish(quote, 0..<chars.count, in: chars)
            }
        }

        layout.quoteOfToken = units.enumerated().map { u, unit in
            var owners = QuoteOwners(count: unit.tokens.count)
            let spans = ranges[u].map { (range: offsets[u][$0.range.lowerBound]..<offsets[u][$0.range.upperBound], quote: $0.quote) }
            var cursor = 0
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

    private static func isDoubleOpener(_ chars: ScannedText, _ index: Int) -> Bool {
        let char = chars[index]
        if isDoubleOpenerMark(char.scalar) { return true }
        // A straight or right-hand mark opens where a word could start: after space or an opening bracket.
        guard char.scalar == 0x22 || char.scalar == 0x201D else { return false }
        if char.scalar == 0x22, index > 0, chars[index - 1].isDigit { return false } // 5" is inches
        let afterIsSpace = index + 1 >= chars.count || chars[index + 1].isSpace
        guard index > 0 else { return !afterIsSpace }
        let before = chars[index - 1]
        return (before.isSpace || isOpeningContext(before.scalar, quote: 0x2018, 0x27)) && !afterIsSpace
    }

    /// What may stand right before an opening mark besides space: a bracket, a dash, or the other kind of mark.
    private static func isOpeningContext(_ scalar: UInt32, quote curly: UInt32, _ straight: UInt32) -> Bool {
        switch scalar {
        case 0x28, 0x5B, 0x7B, 0x2014, 0x2013, 0x2D: true // ( [ { — – -
        default: scalar == curly || scalar == straight
        }
    }

    /// Where the double quotation opened at `open` ends: at its closing mark, or unclosed at the end of
    /// the paragraph or where a new quotation opens after a sentence ("… war. "The government …": papers
    /// that run paragraphs together leave each one's mark open). A mark that opens after a word inside
    /// the quotation is a quotation within it ("he was the "Father of the House" and …") and is skipped.
    private static func doubleQuoteEnd(_ chars: ScannedText, after open: Int) -> (end: Int, closed: Bool) {
        var index = open + 1
        while index < chars.count {
            if isDoubleOpener(chars, index), chars[index].scalar == 0x22 || isDoubleOpenerMark(chars[index].scalar) {
                if followsSentenceEnd(chars, index) { return (index, false) }
                index += 1
                while index < chars.count, !isDoubleCloserMark(chars[index].scalar) { index += 1 }
            } else if isDoubleCloserMark(chars[index].scalar) {
                return (index, true)
            }
            index += 1
        }
        return (chars.count, false)
    }

    /// The last non-space character before `index` ends a sentence.
    private static func followsSentenceEnd(_ chars: ScannedText, _ index: Int) -> Bool {
        var before = index - 1
        while before >= 0, chars[before].isSpace { before -= 1 }
        guard before >= 0 else { return false }
        switch chars[before].scalar {
        case 0x2E, 0x21, 0x3F: return true // . ! ?
        default: return false
        }
    }

    private static func isSingleOpener(_ chars: ScannedText, _ index: Int) -> Bool {
        guard isSingleOpenerMark(chars[index].scalar) else { return false }
        guard index + 1 < chars.count, chars[index + 1].isLetter else { return false }
        guard index > 0 else { return true }
        let before = chars[index - 1]
        return before.isSpace || isOpeningContext(before.scalar, quote: 0x201C, 0x22)
    }

    /// A closing single mark after a non-space and before a non-letter, within the length limit and
    /// with no double mark in between. Single quotes do not nest: another opening mark first means this
    /// one was never closed.
    private static func singleCloser(_ chars: ScannedText, after open: Int) -> Int? {
        var index = open + 2
        let limit = min(chars.count, open + singleQuoteLimit)
        while index < limit {
            let scalar = chars[index].scalar
            if isDoubleOpenerMark(scalar) || isDoubleCloserMark(scalar) { return nil }
            if scalar != 0x27, isSingleOpener(chars, index) { return nil }
            if isSingleCloserMark(scalar), !chars[index - 1].isSpace,
               index + 1 == chars.count || !chars[index + 1].isLetterOrNumber {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Partial: the quotation starts in lower case, or sits inside a clause (a word comes right before it).
    private static func isPartial(_ chars: ScannedText, openMark: Int) -> Bool {
        let first = chars.characters[(openMark + 1)...].first { !$0.isSpace }
        if let first, first.isLowercase { return true }
        let before = chars.characters[..<openMark].last { !$0.isSpace }
        guard let before else { return false }
        return before.isLetterOrNumber
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
