/// A unit's text decoded once for the scanners (``Tokenizer``, ``QuoteFinder``): per character its
/// scalar and classes, and where it starts in UTF-8.
///
/// The text is read by Unicode scalar when every scalar is a character of its own (most news text:
/// Latin letters, curly quotes, dashes, currency signs), by Character otherwise. Both give the same
/// answers: ASCII is classed from its byte, anything else by ``CharacterClass`` on the character.
struct ScannedText {
    struct Info: Equatable {
        /// The character's scalar; 0 for a character of several scalars (no mark or joiner is one).
        let scalar: UInt32
        let isSpace: Bool
        let isLetter: Bool
        let isNumber: Bool
        let isUppercase: Bool
        let isLowercase: Bool

        var isLetterOrNumber: Bool { isLetter || isNumber }
        var isDigit: Bool { (0x30...0x39).contains(scalar) }
    }

    let text: String
    let characters: [Info]
    /// UTF-8 offset of each character, and of the end: `count + 1` entries.
    let offsets: [Int32]

    var count: Int { characters.count }

    init(_ text: String, byCharacter: Bool = false) {
        self.text = text
        var characters: [Info] = []
        var offsets: [Int32] = [0]
        characters.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        if !byCharacter, Self.isOneScalarPerCharacter(text) {
            for scalar in text.unicodeScalars {
                characters.append(scalar.isASCII ? Self.ascii(UInt8(scalar.value)) : Self.info(Character(scalar), scalar: scalar.value))
                offsets.append(offsets[offsets.count - 1] + Int32(UTF8.width(scalar)))
            }
        } else {
            for character in text {
                // CR LF's `asciiValue` is LF's, so only a one-byte character takes the ASCII path.
                let utf8 = character.utf8
                characters.append(utf8.count == 1 ? Self.ascii(utf8.first!) : Self.info(character, scalar: CharacterClass.scalar(character)))
                offsets.append(offsets[offsets.count - 1] + Int32(utf8.count))
            }
        }
        self.characters = characters
        self.offsets = offsets
    }

    subscript(index: Int) -> Info { characters[index] }

    /// The text of characters `range`.
    func text(_ range: Range<Int>) -> String {
        String(text.slice(utf8: offsets[range.lowerBound]..<offsets[range.upperBound]))
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

    private static func ascii(_ byte: UInt8) -> Info {
        let isUpper = (0x41...0x5A).contains(byte), isLower = (0x61...0x7A).contains(byte)
        return Info(scalar: UInt32(byte), isSpace: byte == 0x20 || (0x09...0x0D).contains(byte), isLetter: isUpper || isLower,
                    isNumber: (0x30...0x39).contains(byte), isUppercase: isUpper, isLowercase: isLower)
    }

    private static func info(_ character: Character, scalar: UInt32) -> Info {
        Info(scalar: scalar, isSpace: CharacterClass.isWhitespace(character), isLetter: CharacterClass.isLetter(character),
             isNumber: character.isNumber, isUppercase: CharacterClass.isUppercase(character),
             isLowercase: CharacterClass.isLowercase(character))
    }
}
