/// A word, a number or one other character of a text, with its place in the text.
struct Token {
    enum Kind { case word, number, symbol }

    // Fields from widest to narrowest, so that a token packs into 32 bytes: tokens are several times the
    // size of the text they cover, so the lower-case form is kept only as a flag when it is the text.
    let text: String
    /// UTF-8 offsets in the text unit: `start..<end`.
    let start: Int32
    let end: Int32
    let kind: Kind
    /// True when white space (or the start of the text) comes before the token.
    let spaced: Bool
    /// The case of the first character, taken from the scan: asked of every token by every finder.
    let startsUppercase: Bool
    let startsLowercase: Bool
    /// True when `text` has no capitals, so that it is its own lower-case form (most tokens).
    let isLowercase: Bool

    /// The text in lower case.
    var lower: String { isLowercase ? text : text.lowercased() }

    var isCapitalized: Bool { kind == .word && startsUppercase }
    var isLowercaseWord: Bool { kind == .word && startsLowercase }

    /// An acronym such as "UN", "EUTM" or "U.N.": two to six capitals, dots allowed.
    var isAcronym: Bool {
        guard kind == .word else { return false }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, by byte: capitals and digits between the dots, the first one a letter.
            let letters = text.utf8.filter { $0 != UInt8(ascii: ".") }
            return (2...6).contains(letters.count)
                && letters.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
        }
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
