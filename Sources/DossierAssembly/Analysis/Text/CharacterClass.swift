/// The standard library's character classes with an ASCII fast path: most article text is ASCII, and
/// Unicode property lookups for every character took a tenth of the analysis. The answers are the
/// standard library's for every character (for ASCII, White_Space is tab to carriage return and space,
/// letters are A–Z and a–z, numbers 0–9).
enum CharacterClass {
    static func isWhitespace(_ char: Character) -> Bool {
        guard let ascii = char.asciiValue else { return char.isWhitespace }
        return ascii == 0x20 || (0x09...0x0D).contains(ascii)
    }

    static func isLetter(_ char: Character) -> Bool {
        guard let ascii = char.asciiValue else { return char.isLetter }
        return isASCIILetter(ascii)
    }

    static func isLetterOrNumber(_ char: Character) -> Bool {
        guard let ascii = char.asciiValue else { return char.isLetter || char.isNumber }
        return isASCIILetter(ascii) || (0x30...0x39).contains(ascii)
    }

    static func isUppercase(_ char: Character) -> Bool {
        guard let ascii = char.asciiValue else { return char.isUppercase }
        return (0x41...0x5A).contains(ascii)
    }

    static func isLowercase(_ char: Character) -> Bool {
        guard let ascii = char.asciiValue else { return char.isLowercase }
        return (0x61...0x7A).contains(ascii)
    }

    /// The value of a one-scalar character; 0 for a character of several (a mark with an accent on it).
    /// Tests by scalar value are cheap where comparing Characters would compare strings.
    static func scalar(_ char: Character) -> UInt32 {
        // ASCII is one scalar, except CR LF (whose `asciiValue` is LF's): LF goes the long way.
        if let ascii = char.asciiValue, ascii != 0x0A { return UInt32(ascii) }
        let scalars = char.unicodeScalars
        let first = scalars.first!
        return scalars.index(after: scalars.startIndex) == scalars.endIndex ? first.value : 0
    }

    /// The words of `text` joined by single spaces.
    static func collapsingWhitespace(_ text: some StringProtocol) -> String {
        TextShape.words(text).joined(separator: " ")
    }

    private static func isASCIILetter(_ ascii: UInt8) -> Bool {
        (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }
}
