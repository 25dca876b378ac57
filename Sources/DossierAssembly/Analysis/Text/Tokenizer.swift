/// Splits text into tokens in one pass: words keep inner hyphens and apostrophes ("Jean-Yves",
/// "Mali’s"), numbers keep their separators ("1,000", "1.2"), dotted acronyms stay whole ("U.S.").
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        tokenize(ScannedText(text))
    }

    static func tokenize(_ chars: ScannedText) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var spaced = true
        while index < chars.count {
            let char = chars[index]
            if char.isSpace {
                spaced = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if char.isLetter {
                index = wordEnd(chars, from: start)
                kind = .word
            } else if char.isDigit {
                index += 1
                while index < chars.count {
                    if chars[index].isDigit {
                        index += 1
                    } else if isDecimalSeparator(chars[index]), index + 1 < chars.count, chars[index + 1].isDigit {
                        index += 2
                    } else {
                        break
                    }
                }
                kind = .number
            } else {
                index += 1
                kind = .symbol
            }
            let word = chars.text(start..<index)
            tokens.append(Token(text: word, start: chars.offsets[start], end: chars.offsets[index], kind: kind, spaced: spaced,
                                startsUppercase: chars[start].isUppercase, startsLowercase: chars[start].isLowercase,
                                isLowercase: isLowercase(chars, start..<index, word)))
            spaced = false
        }
        return tokens
    }

    /// True when the text is its own lower case: for ASCII, when it has no capital.
    private static func isLowercase(_ chars: ScannedText, _ range: Range<Int>, _ word: String) -> Bool {
        var hasCapital = false
        for index in range {
            // Scalar 0 stands for a character of several scalars too.
            let scalar = chars[index].scalar
            guard scalar > 0, scalar < 0x80 else { return word.lowercased() == word }
            hasCapital = hasCapital || chars[index].isUppercase
        }
        return !hasCapital
    }

    /// "," or "." between digits: "1,000", "1.2".
    private static func isDecimalSeparator(_ char: ScannedText.Info) -> Bool { char.scalar == 0x2C || char.scalar == 0x2E }

    /// A hyphen or apostrophe, which keeps a word whole when a letter follows: "Jean-Yves", "Mali’s".
    private static func isJoiner(_ char: ScannedText.Info) -> Bool {
        switch char.scalar { case 0x2D, 0x2010, 0x27, 0x2019: true; default: false }
    }

    private static func wordEnd(_ chars: ScannedText, from start: Int) -> Int {
        var index = start + 1
        while index < chars.count {
            let char = chars[index]
            if char.isLetterOrNumber {
                index += 1
            } else if isJoiner(char), index + 1 < chars.count, chars[index + 1].isLetter {
                index += 2
            } else {
                break
            }
        }
        // "U.S.", "U.N.": single capitals joined by dots.
        if index - start == 1, chars[start].isUppercase {
            var end = index
            while end + 1 < chars.count, chars[end].scalar == 0x2E, chars[end + 1].isUppercase,
                  end + 2 == chars.count || !chars[end + 2].isLetter {
                end += 2
            }
            if end > index {
                return end < chars.count && chars[end].scalar == 0x2E ? end + 1 : end
            }
        }
        return index
    }
}
