@testable import DossierAssembly
import Testing

/// Units are scanned by scalar when every scalar is a character of its own, and by Character otherwise:
/// both scans must give the same characters and tokens, and texts where scalars join into one character
/// must take the Character scan.
@Suite("Tokenizer and scanned text")
struct AnalysisTokenizerTests {
    /// Pieces that exercise every branch: words with joiners, numbers with separators, dotted acronyms,
    /// curly marks, Latin-1 and Latin Extended letters, dashes, currency signs, space kinds.
    static let pieces = [
        "Jean-Yves", "Mali’s", "d'Ivoire", "U.S.", "U.N", "1,000", "1.2", "3.", "10th", "“", "”", "‘", "’", "\"", "'",
        "—", "–", "‐", "-", "€", "£", "$", "…", "é", "Ł", "ß", "ǅ", "Ǆ", "ǆ", "ÿ", " ", "  ", "\u{A0}", "\u{2009}",
        "\n", "\t", ".", ",", "(", ")", "a", "Z", "9", "MINUSMA", "Zoë", "ﬁ", "\u{AD}", "\u{2028}", "\u{301}",
        "©", "«", "»", "·", "µ", "×", "÷", "₹", "\u{212A}", "Σ", "İ",
    ]

    @Test("scalar and Character scans agree")
    func scansAgree() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...30, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let scanned = ScannedText(text), byCharacter = ScannedText(text, byCharacter: true)
            #expect(scanned.characters == byCharacter.characters, "\(text.debugDescription)")
            #expect(scanned.offsets == byCharacter.offsets)
            let tokens = Tokenizer.tokenize(scanned), tokensByCharacter = Tokenizer.tokenize(byCharacter)
            #expect(tokens.map(\.text) == tokensByCharacter.map(\.text))
            #expect(tokens.map(\.start) == tokensByCharacter.map(\.start))
            #expect(tokens.map(\.end) == tokensByCharacter.map(\.end))
            #expect(tokens.map(\.spaced) == tokensByCharacter.map(\.spaced))
            for token in tokens + tokensByCharacter {
                #expect(token.isLowercase == (token.text.lowercased() == token.text), "\(token.text.debugDescription)")
            }
            // The reading rules' fast paths too: words and folding.
            #expect(TextShape.words(separatedIn: text) == text.split(whereSeparator: CharacterClass.isWhitespace))
            #expect(TextShape.folded(text) == TextShape.foldedByUnicode(text))
            // The reading shortcut may undercount words, never overcount them.
            let wordCount = TextShape.words(separatedIn: text).count
            #expect(!TextShape.hasMoreWords(than: wordCount, text), "\(text.debugDescription)")
        }
    }

    @Test("texts whose scalars join into characters take the Character scan", arguments: [
        "Cafe\u{301} noir", "👍🏽 yes", "🇫🇷 France", "a\r\nb", "한국어", "नमस्ते", "x\u{200D}y",
    ])
    func joiningScalars(text: String) {
        // A scalar scan would find more characters than the text has.
        #expect(ScannedText(text).count == text.count)
        #expect(Tokenizer.tokenize(text).map(\.text).joined() == text.filter { !$0.isWhitespace }.map(String.init).joined())
    }

    @Test("a mark after a space is not a word of its own", arguments: ["a \u{301} b", "“We stay,” \u{301}she said"])
    func markAfterSpace(text: String) {
        let words = TextShape.words(separatedIn: text).count
        #expect(!TextShape.hasMoreWords(than: words, text))
        #expect(TextShape.hasMoreWords(than: words - 1, text))
    }

    @Test("tokens keep UTF-8 offsets into the unit's text")
    func offsets() {
        let unit = TextUnit(article: "a1", paragraph: "a1-p1", text: "“Zoë’s 1,000 U.S. troops,” he said.")
        #expect(unit.tokens.map(\.text) == ["“", "Zoë’s", "1,000", "U.S.", "troops", ",", "”", "he", "said", "."])
        #expect(unit.text(tokens: 1..<5) == "Zoë’s 1,000 U.S. troops")
    }
}

/// A small deterministic generator, so a failure names a text that reproduces.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
