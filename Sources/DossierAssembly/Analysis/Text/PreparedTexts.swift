import DossierCore

/// The articles' text prepared for analysis (``ArticleText``: tokens, quotations, sentences), and the
/// packet's lower-case vocabulary, which the first pass gathers while preparing.
///
/// Three passes read the prepared text, and preparing it is about a quarter of the analysis, so it is
/// made once and kept. But it takes about ten times the room of the text, so it is kept only for the
/// packet's first articles, up to `heldTextLimit` bytes of their text; the rest are prepared again in
/// each pass, and their tokens let go. Which articles are kept depends on the input alone, and the
/// analysis is the same either way.
struct PreparedTexts {
    /// 8 MiB of text, about 1,700 news articles: some 90 MiB of prepared text.
    static let defaultHeldTextLimit = 8 << 20

    private let articles: [Article]
    private let held: [ArticleText?]
    /// Every word the packet writes in lower case.
    let lowercaseVocabulary: Set<String>

    init(_ articles: [Article], heldTextLimit: Int = Self.defaultHeldTextLimit) {
        self.articles = articles
        var room = heldTextLimit
        var isFull = false
        let isHeld = articles.map { article in
            let size = TextUnit.textSize(of: article)
            guard !isFull, size <= room else { isFull = true; return false }
            room -= size
            return true
        }
        let firstPass = Array(articles.indices).concurrentMap { a -> (words: Set<String>, text: ArticleText?) in
            guard isHeld[a] else { return (Self.lowercaseWords(in: TextUnit.units(of: articles[a])), nil) }
            let text = ArticleText(article: articles[a])
            return (Self.lowercaseWords(in: text.units), text)
        }
        held = firstPass.map(\.text)
        lowercaseVocabulary = firstPass.reduce(into: []) { $0.formUnion($1.words) }
    }

    /// The prepared text of article `index`: the one kept, or made again.
    subscript(index: Int) -> ArticleText {
        held[index] ?? ArticleText(article: articles[index])
    }

    private static func lowercaseWords(in units: [TextUnit]) -> Set<String> {
        var words: Set<String> = []
        for unit in units {
            for token in unit.tokens where token.isLowercaseWord { words.insert(token.lower) }
        }
        return words
    }
}
