import DossierCore

/// One article prepared for analysis: its units, quotations and sentences.
struct ArticleText {
    let article: Article
    let units: [TextUnit]
    let quotes: QuoteLayout
    /// Per unit: the token ranges of its sentences.
    let sentences: [[Range<Int>]]
    /// Per unit and token: the index of its sentence in ``sentences``.
    let sentenceOfToken: [[Int32]]

    init(article: Article) {
        self.article = article
        units = TextUnit.units(of: article)
        quotes = QuoteFinder.find(in: units)
        var sentences: [[Range<Int>]] = []
        var sentenceOfToken: [[Int32]] = []
        for (u, unit) in units.enumerated() {
            let ranges = SentenceSplitter.sentences(of: unit, quoteOfToken: quotes.quoteOfToken[u])
            var owner = [Int32](repeating: 0, count: unit.tokens.count)
            for (s, range) in ranges.enumerated() {
                for t in range { owner[t] = Int32(s) }
            }
            sentences.append(ranges)
            sentenceOfToken.append(owner)
        }
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
    }

    func sentence(at position: TextPosition) -> Range<Int> {
        sentences[position.unit][Int(sentenceOfToken[position.unit][position.token])]
    }

    func isInQuote(_ position: TextPosition) -> Bool {
        quotes.quoteOfToken[position.unit][position.token] != nil
    }

    /// True for the first word of a sentence (opening marks and brackets before it do not count).
    func isSentenceInitial(_ position: TextPosition) -> Bool {
        let range = sentence(at: position)
        let tokens = units[position.unit].tokens
        var index = range.lowerBound
        while index < position.token, tokens[index].kind == .symbol { index += 1 }
        if index == position.token { return true }
        // The first word of a quotation starts a sentence of its own: “The minister …
        let mark = position.token - 1
        guard let owner = quotes.quoteOfToken[position.unit][mark], tokens[mark].kind == .symbol else { return false }
        return mark == 0 || quotes.quoteOfToken[position.unit][mark - 1] != owner
    }

    /// The sentence's text as written.
    func sentenceText(unit: Int, range: Range<Int>) -> String {
        units[unit].text(tokens: range)
    }
}
