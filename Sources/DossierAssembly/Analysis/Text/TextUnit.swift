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
        article.body.flatMap { block -> [TextUnit] in
            switch block {
            case .paragraph(let paragraph):
                [TextUnit(article: article.id, paragraph: paragraph.id, text: paragraph.text)]
            case .blockQuote(let paragraph):
                [TextUnit(article: article.id, paragraph: paragraph.id, text: paragraph.text, isBlockQuote: true)]
            case .list(let list):
                list.items.map { TextUnit(article: article.id, paragraph: list.id, text: $0.plainText) }
            case .heading:
                []
            }
        }
    }

    /// The text from the first token's start to the last token's end.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(tokens[range.lowerBound].start))
        let end = utf8.index(utf8.startIndex, offsetBy: Int(tokens[range.upperBound - 1].end))
        return String(text[start..<end])
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
