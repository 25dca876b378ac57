import Foundation

/// Small tests of how a line looks, shared by the reading rules.
enum TextShape {
    /// Lines longer than this (in UTF-8 bytes) are body text for every rule: no banner, byline or caption
    /// is that long, and skipping them keeps reading linear on a megabyte line.
    static let ruleLineLimit = 1_000

    static let quoteMarks: Set<Character> = ["\"", "“", "”", "„", "«", "»", "'", "‘", "’"]
    private static let sentenceEnds: Set<Character> = [".", "!", "?", "…"]
    static let trailingClosers: Set<Character> = ["\"", "”", "’", "'", "»", ")", "]"]

    /// Words that a Title-Case line may leave in lower case.
    static let minorWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "from", "with",
        "as", "vs", "vs.", "via", "into", "onto", "over", "per", "up", "off", "out", "than", "is", "are", "be",
    ]

    /// Ends like a sentence: a final `.`, `!`, `?` or `…`, possibly inside closing quotes or brackets.
    static func endsSentence(_ text: some StringProtocol) -> Bool {
        guard let last = text.last(where: { !trailingClosers.contains($0) }) else { return false }
        return sentenceEnds.contains(last)
    }

    /// Ends with punctuation a title or subhead would not end with (a question or exclamation mark may end one).
    static func endsWithPunctuation(_ text: some StringProtocol) -> Bool {
        guard let last = text.last else { return false }
        return [".", ",", ";", ":", "…"].contains(last)
    }

    /// More than `limit` words, counted by byte: only ASCII white space separates them, and a word counts at
    /// its first ASCII byte (a mark after a space belongs to the space's character). So the count is never
    /// above the words ``words(_:)`` finds: when this says more, there are more.
    static func hasMoreWords(than limit: Int, _ text: some StringProtocol) -> Bool {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                inWord = false
            } else if byte < 0x80, !inWord {
                inWord = true
                count += 1
                if count > limit { return true }
            }
        }
        return false
    }

    /// The words of `text` split at white space (as ``CharacterClass/isWhitespace(_:)`` has it); by scalar
    /// when each scalar is a character of its own, which gives the same words faster.
    static func words(separatedIn text: String) -> [Substring] {
        let offsets = UTF8Scalars.withBytes(of: text) { bytes -> [Range<Int>]? in
            var words: [Range<Int>] = []
            var start: Int?
            let scanned = UTF8Scalars.forEachOwnCharacter(in: bytes) { value, offset in
                let isSpace = value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : Unicode.Scalar(value)!.properties.isWhitespace
                if isSpace {
                    if let first = start { words.append(first..<offset) }
                    start = nil
                } else if start == nil {
                    start = offset
                }
            }
            guard scanned else { return nil }
            if let first = start { words.append(first..<bytes.count) }
            return words
        }
        guard let offsets else { return text.split(whereSeparator: CharacterClass.isWhitespace) }
        return offsets.map { text.slice(utf8: Int32($0.lowerBound)..<Int32($0.upperBound)) }
    }

    /// The words of any text, as ``words(separatedIn:)`` splits them.
    static func words(_ text: some StringProtocol) -> [Substring] {
        words(separatedIn: String(text))
    }

    /// Has letters and none of them in lower case: "SECOND COUP".
    static func isAllCaps(_ text: some StringProtocol) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Every word but the minor ones starts with a capital or a digit: "The Road to Bamako".
    static func isTitleCase(_ text: some StringProtocol) -> Bool {
        let words = words(text).map { $0.drop { quoteMarks.contains($0) || $0 == "(" } }
        guard let first = words.first, startsCapitalized(first) else { return false }
        return words.dropFirst().allSatisfy { word in
            startsCapitalized(word) || word.first?.isNumber == true
                || minorWords.contains(word.lowercased()) || word.allSatisfy { !$0.isLetter }
        }
    }

    static func startsCapitalized(_ word: some StringProtocol) -> Bool {
        word.first.map { $0.isUppercase } ?? false
    }

    /// "N.", "J.R.": an initial as names write it.
    static func isInitial(_ word: some StringProtocol) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return word.hasSuffix(".") && parts.count >= 2
            && parts.dropLast().allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    /// The text without quote marks or spaces around it.
    static func trimmingQuotes(_ text: some StringProtocol) -> Substring {
        let isEdge: (Character) -> Bool = { quoteMarks.contains($0) || $0.isWhitespace }
        let body = text[...].drop(while: isEdge)
        guard let last = body.lastIndex(where: { !isEdge($0) }) else { return "" }
        return Substring(body[...last])
    }

    /// Lower case with straight apostrophes, so rules match "don’t" and "DON'T" alike.
    static func folded(_ text: some StringProtocol) -> String {
        UTF8Scalars.withBytes(of: text, foldedByByte) ?? foldedByUnicode(text)
    }

    /// Most lines are ASCII with punctuation and currency signs, which have no case: those are folded byte
    /// by byte. Nil for any other scalar.
    private static func foldedByByte(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var foldable = true
        let folded = String(unsafeUninitializedCapacity: bytes.count) { output in
            var index = 0, count = 0
            while index < bytes.count {
                let (value, width) = UTF8Scalars.scalar(in: bytes, at: index)
                if value < 0x80 {
                    output[count] = (0x41...0x5A).contains(value) ? bytes[index] | 0x20 : bytes[index]
                    count += 1
                } else if value == 0x2019 { // ’
                    output[count] = UInt8(ascii: "'")
                    count += 1
                } else if isCaseless(value) {
                    for offset in 0..<width { output[count + offset] = bytes[index + offset] }
                    count += width
                } else {
                    foldable = false
                    return 0
                }
                index += width
            }
            return count
        }
        return foldable ? folded : nil
    }

    /// Latin-1 signs (`«`, `©`, `£`, `×`), general punctuation (`“`, `—`, `…`) and currency signs (`€`): their
    /// lower case is themselves.
    private static func isCaseless(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x20A0...0x20CF: true
        default: false
        }
    }

    static func foldedByUnicode(_ text: some StringProtocol) -> String {
        straighteningApostrophes(text.lowercased())
    }

    /// The text with ’ written as '. A scalar test first: most text has none, and Foundation's replacement
    /// goes through NSString (and takes a lock).
    static func straighteningApostrophes(_ text: String) -> String {
        guard text.unicodeScalars.contains("’") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
    }
}
