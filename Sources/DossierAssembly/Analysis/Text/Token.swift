/// A word, a number or one other character of a text, with its place in the text.
struct Token {
    enum Kind { case word, number, symbol }

    let kind: Kind
    /// Character offsets in the text unit: `start..<end`.
    let start: Int
    let end: Int
    let text: String
    let lower: String
    /// True when white space (or the start of the text) comes before the token.
    let spaced: Bool

    var isCapitalized: Bool { kind == .word && CharacterClass.isUppercase(text.first!) }
    var isLowercaseWord: Bool { kind == .word && CharacterClass.isLowercase(text.first!) }

    /// An acronym such as "UN", "EUTM" or "U.N.": two to six capitals, dots allowed.
    var isAcronym: Bool {
        guard kind == .word else { return false }
        let letters = text.filter { $0 != "." }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isUppercase || $0.isNumber }
            && letters.first!.isLetter
    }

    /// "Mali’s", "Putin's": the word names its owner.
    var isPossessive: Bool { kind == .word && (text.hasSuffix("’s") || text.hasSuffix("'s")) }

    /// The word without a possessive ending.
    var stem: String { isPossessive ? String(text.dropLast(2)) : text }

    func isSymbol(_ characters: Set<Character>) -> Bool {
        kind == .symbol && characters.contains(text.first!)
    }
}

/// Splits text into tokens in one pass: words keep inner hyphens and apostrophes ("Jean-Yves",
/// "Mali’s"), numbers keep their separators ("1,000", "1.2"), dotted acronyms stay whole ("U.S.").
enum Tokenizer {
    static func tokenize(_ chars: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var spaced = true
        while index < chars.count {
            let char = chars[index]
            if CharacterClass.isWhitespace(char) {
                spaced = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if CharacterClass.isLetter(char) {
                index = wordEnd(chars, from: start)
                kind = .word
            } else if isDigit(char) {
                index += 1
                while index < chars.count {
                    if isDigit(chars[index]) {
                        index += 1
                    } else if (chars[index] == "," || chars[index] == "."), index + 1 < chars.count, isDigit(chars[index + 1]) {
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
            let text = String(chars[start..<index])
            tokens.append(Token(kind: kind, start: start, end: index, text: text, lower: text.lowercased(), spaced: spaced))
            spaced = false
        }
        return tokens
    }

    static func isDigit(_ char: Character) -> Bool { char.asciiValue.map { (0x30...0x39).contains($0) } ?? false }

    static func isApostrophe(_ char: Character) -> Bool { char == "'" || char == "’" }

    private static func wordEnd(_ chars: [Character], from start: Int) -> Int {
        var index = start + 1
        while index < chars.count {
            let char = chars[index]
            if CharacterClass.isLetterOrNumber(char) {
                index += 1
            } else if char == "-" || char == "‐" || isApostrophe(char), index + 1 < chars.count, CharacterClass.isLetter(chars[index + 1]) {
                index += 2
            } else {
                break
            }
        }
        // "U.S.", "U.N.": single capitals joined by dots.
        if index - start == 1, CharacterClass.isUppercase(chars[start]) {
            var end = index
            while end + 1 < chars.count, chars[end] == ".", CharacterClass.isUppercase(chars[end + 1]),
                  end + 2 == chars.count || !CharacterClass.isLetter(chars[end + 2]) {
                end += 2
            }
            if end > index {
                return end < chars.count && chars[end] == "." ? end + 1 : end
            }
        }
        return index
    }
}
