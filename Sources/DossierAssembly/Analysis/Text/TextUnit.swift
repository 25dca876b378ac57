import DossierCore

/// A stretch of an article's body that analysis reads: a paragraph, a block quote or one list item.
/// Several units may share a paragraph ID (the items of one list).
struct TextUnit {
    let article: String
    let paragraph: String
    let isBlockQuote: Bool
    let text: String
    /// Offsets in UTF-8 bytes of ``text``: text with byte offsets takes a sixteenth of the room of an
    /// array of Characters.
    let tokens: [Token]

    init(article: String, paragraph: String, text: String, isBlockQuote: Bool = false) {
        self.article = article
        self.paragraph = paragraph
        self.isBlockQuote = isBlockQuote
        self.text = text
        tokens = Tokenizer.tokenize(text)
    }

    /// The units of an article's body in reading order. Headings are left out: they are labels, not statements.
    static func units(of article: Article) -> [TextUnit] {
        sources(of: article).map { TextUnit(article: article.id, paragraph: $0.paragraph, text: $0.text, isBlockQuote: $0.isBlockQuote) }
    }

    /// The UTF-8 size of the text the units of an article hold.
    static func textSize(of article: Article) -> Int {
        sources(of: article).reduce(0) { $0 + $1.text.utf8.count }
    }

    private static func sources(of article: Article) -> [(paragraph: String, text: String, isBlockQuote: Bool)] {
        article.body.flatMap { block -> [(paragraph: String, text: String, isBlockQuote: Bool)] in
            switch block {
            case .paragraph(let paragraph): [(paragraph.id, paragraph.text, false)]
            case .blockQuote(let paragraph): [(paragraph.id, paragraph.text, true)]
            case .list(let list): list.items.map { (list.id, $0.plainText, false) }
            case .heading: []
            }
        }
    }

    /// The text from the first token's start to the last token's end.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(text.slice(utf8: tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end))
    }
}

extension String {
    /// The text between two UTF-8 offsets, which the scanners and tokens keep instead of indices.
    /// Offsets into a native string resolve in constant time.
    func slice(utf8 bytes: Range<Int32>) -> Substring {
        let start = utf8.index(startIndex, offsetBy: Int(bytes.lowerBound))
        return self[start..<utf8.index(start, offsetBy: bytes.count)]
    }
}

/// A place in an article: a unit and a token in it. Orders mentions, quotes and pronouns.
struct TextPosition: Comparable, Hashable {
    let unit: Int
    let token: Int

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.unit, lhs.token) < (rhs.unit, rhs.token)
    }
}
