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
        if !byCharacter, let scan = Self.scanByScalar(text) {
            (characters, offsets) = scan
            return
        }
        var characters: [Info] = []
        var offsets: [Int32] = [0]
        characters.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        for character in text {
            // CR LF's `asciiValue` is LF's, so only a one-byte character takes the ASCII path.
            let utf8 = character.utf8
            characters.append(utf8.count == 1 ? Self.ownCharacterInfo[Int(utf8.first!)] : Self.info(character, scalar: CharacterClass.scalar(character)))
            offsets.append(offsets[offsets.count - 1] + Int32(utf8.count))
        }
        self.characters = characters
        self.offsets = offsets
    }

    /// The scan by scalar, from the UTF-8 bytes; nil as soon as a scalar may join its neighbours.
    private static func scanByScalar(_ text: String) -> (characters: [Info], offsets: [Int32])? {
        UTF8Scalars.withBytes(of: text) { bytes -> (characters: [Info], offsets: [Int32])? in
            var characters: [Info] = []
            var offsets: [Int32] = []
            characters.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count + 1)
            let scanned = UTF8Scalars.forEachOwnCharacter(in: bytes) { value, offset in
                characters.append(ownCharacterInfo[Int(value < 0x2000 ? value : value - 0x2000 + 0x300)])
                offsets.append(Int32(offset))
            }
            guard scanned else { return nil }
            offsets.append(Int32(bytes.count))
            return (characters, offsets)
        }
    }

    subscript(index: Int) -> Info { characters[index] }

    /// The text of characters `range`.
    func text(_ range: Range<Int>) -> String {
        String(text.slice(utf8: offsets[range.lowerBound]..<offsets[range.upperBound]))
    }

    /// True when no scalar joins the one before it into a grapheme cluster: it is in ranges where each one
    /// breaks from its neighbours (Latin up to the combining marks at U+0300, and general punctuation and
    /// currency signs), carriage returns (CR LF is one character), zero-width joiners and non-joiners excepted.
    @inline(__always)
    static func isOwnCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0D, 0x200C, 0x200D: false
        case 0x0000..<0x0300, 0x2000..<0x20D0: true
        default: false
        }
    }

    /// The classes of every scalar ``isOwnCharacter(_:)`` accepts, U+0000 to U+02FF and then U+2000 to U+20CF,
    /// worked out once: the Unicode property lookups took a tenth of the scan.
    private static let ownCharacterInfo: [Info] = (0..<0x300).map { UInt32($0) }.map(scalarInfo)
        + (0x2000..<0x20D0).map { UInt32($0) }.map(scalarInfo)

    private static func scalarInfo(_ value: UInt32) -> Info {
        guard value < 0x80 else { return info(Character(Unicode.Scalar(value)!), scalar: value) }
        // ASCII from its byte; the table's first 128 entries serve one-byte characters of the Character scan too.
        let isUpper = (0x41...0x5A).contains(value), isLower = (0x61...0x7A).contains(value)
        return Info(scalar: value, isSpace: value == 0x20 || (0x09...0x0D).contains(value), isLetter: isUpper || isLower,
                    isNumber: (0x30...0x39).contains(value), isUppercase: isUpper, isLowercase: isLower)
    }

    private static func info(_ character: Character, scalar: UInt32) -> Info {
        Info(scalar: scalar, isSpace: CharacterClass.isWhitespace(character), isLetter: CharacterClass.isLetter(character),
             isNumber: character.isNumber, isUppercase: CharacterClass.isUppercase(character),
             isLowercase: CharacterClass.isLowercase(character))
    }
}
