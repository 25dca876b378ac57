/// Splits text into tokens in one pass: words keep inner hyphens and apostrophes ("Jean-Yves",
/// "Mali’s"), numbers keep their separators ("1,000", "1.2"), dotted acronyms stay whole ("U.S.").
///
/// The scan reads Unicode scalars when every scalar of the text is a character of its own (most news
/// text: Latin letters, curly quotes, dashes, currency signs), and Characters otherwise. Both give the
/// same tokens; scalars are several times cheaper to decode and classify.
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        if isOneScalarPerCharacter(text) {
            return tokenize(Array(text.unicodeScalars), of: text)
        }
        return tokenize(Array(text), of: text)
    }

    static func isDigit(_ char: Character) -> Bool { char.asciiValue.map { (0x30...0x39).contains($0) } ?? false }

    static func isApostrophe(_ char: Character) -> Bool {
        let scalar = CharacterClass.scalar(char)
        return scalar == 0x27 || scalar == 0x2019
    }

    /// True when no scalar of `text` joins the one before it into a grapheme cluster: every scalar is in
    /// ranges where each one breaks from its neighbours (Latin up to the combining marks at U+0300, and
    /// general punctuation and currency signs), carriage returns (CR LF is one character), zero-width
    /// joiners and non-joiners excepted.
    static func isOneScalarPerCharacter(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0D, 0x200C, 0x200D: false
            case 0x0000..<0x0300, 0x2000..<0x20D0: true
            default: false
            }
        }
    }

    /// The scan itself; `chars` are the characters or the scalars of `text`.
    static func tokenize<Element: TokenizerElement>(_ chars: [Element], of text: String) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var spaced = true
        // The UTF-8 offset of `offsetIndex`, moved forward with the scan.
        var offsetIndex = 0
        var offset = 0
        func utf8Offset(_ target: Int) -> Int {
            while offsetIndex < target {
                offset += chars[offsetIndex].utf8Count
                offsetIndex += 1
            }
            return offset
        }
        let utf8 = text.utf8
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
                    } else if chars[index].isDecimalSeparator, index + 1 < chars.count, chars[index + 1].isDigit {
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
            let (startOffset, endOffset) = (utf8Offset(start), utf8Offset(index))
            let word = String(text[utf8.index(utf8.startIndex, offsetBy: startOffset)..<utf8.index(utf8.startIndex, offsetBy: endOffset)])
            tokens.append(Token(text: word, lower: word.lowercased(), start: Int32(startOffset), end: Int32(endOffset),
                                kind: kind, spaced: spaced))
            spaced = false
        }
        return tokens
    }

    private static func wordEnd<Element: TokenizerElement>(_ chars: [Element], from start: Int) -> Int {
        var index = start + 1
        while index < chars.count {
            let char = chars[index]
            if char.isLetterOrNumber {
                index += 1
            } else if char.isJoiner, index + 1 < chars.count, chars[index + 1].isLetter {
                index += 2
            } else {
                break
            }
        }
        // "U.S.", "U.N.": single capitals joined by dots.
        if index - start == 1, chars[start].isUppercase {
            var end = index
            while end + 1 < chars.count, chars[end].isFullStop, chars[end + 1].isUppercase,
                  end + 2 == chars.count || !chars[end + 2].isLetter {
                end += 2
            }
            if end > index {
                return end < chars.count && chars[end].isFullStop ? end + 1 : end
            }
        }
        return index
    }
}
