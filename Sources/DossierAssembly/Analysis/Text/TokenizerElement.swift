/// What ``Tokenizer`` asks of each character it scans. ASCII is answered from the byte; anything else
/// by ``CharacterClass`` on the character, so a scalar and the one-scalar Character holding it always
/// get the same answers.
protocol TokenizerElement {
    var asciiValue: UInt8? { get }
    var character: Character { get }
    var utf8Count: Int { get }
}

extension Character: TokenizerElement {
    var character: Character { self }
    var utf8Count: Int { utf8.count }
}

extension Unicode.Scalar: TokenizerElement {
    var asciiValue: UInt8? { isASCII ? UInt8(value) : nil }
    var character: Character { Character(self) }
    var utf8Count: Int { UTF8.width(self) }
}

extension TokenizerElement {
    var isSpace: Bool {
        guard let ascii = asciiValue else { return CharacterClass.isWhitespace(character) }
        return ascii == 0x20 || (0x09...0x0D).contains(ascii)
    }

    var isLetter: Bool {
        guard let ascii = asciiValue else { return CharacterClass.isLetter(character) }
        return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }

    var isLetterOrNumber: Bool {
        guard let ascii = asciiValue else { return CharacterClass.isLetterOrNumber(character) }
        return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii) || (0x30...0x39).contains(ascii)
    }

    var isUppercase: Bool {
        guard let ascii = asciiValue else { return CharacterClass.isUppercase(character) }
        return (0x41...0x5A).contains(ascii)
    }

    var isDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
    var isFullStop: Bool { asciiValue == 0x2E }
    /// "," or "." between digits: "1,000", "1.2".
    var isDecimalSeparator: Bool { asciiValue == 0x2C || asciiValue == 0x2E }

    /// A hyphen or apostrophe, which keeps a word whole when a letter follows: "Jean-Yves", "Mali’s".
    var isJoiner: Bool {
        if let ascii = asciiValue { return ascii == 0x2D || ascii == 0x27 }
        let scalar = CharacterClass.scalar(character)
        return scalar == 0x2010 || scalar == 0x2019
    }
}
