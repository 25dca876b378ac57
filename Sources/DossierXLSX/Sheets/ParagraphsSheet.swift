import DossierCore

/// Every body block of every article, in packet order, so that a paragraph ID anywhere in the
/// workbook leads to the text it stands for.
enum ParagraphsSheet {
    static let name = "Paragraphs"

    static func layout(_ packet: Packet, sources: SourcesIndex) -> SheetLayout {
        let columns = [
            Column(header: "Article", width: 9), Column(header: "Paragraph", width: 11), Column(header: "Kind", width: 12),
            Column(header: "Text", width: 100, wraps: true),
        ]
        let blocks = packet.articles.indices.flatMap { article in packet.articles[article].body.indices.map { (article, $0) } }
        let table = TableBlock(name: "Paragraphs", columns: columns, items: blocks) { articleIndex, blockIndex in
            let article = packet.articles[articleIndex]
            let block = article.body[blockIndex]
            return Row(cells: [sources.link(article.id), .text(block.id), .text(kind(of: block)), .text(block.plainText)],
                       article: article.id, paragraph: block.id)
        }
        return SheetLayout(name: name, summary: "Every paragraph of every article, which each paragraph ID links to", blocks: [table])
    }

    /// The same words as `packet.json`'s block kinds.
    static func kind(of block: Block) -> String {
        switch block {
        case .paragraph: "paragraph"
        case .heading: "heading"
        case .blockQuote: "block-quote"
        case .list: "list"
        }
    }
}

/// Where each paragraph's row is on the Paragraphs sheet (or its continuations).
struct ParagraphsIndex {
    /// Per article ID: the index of its first block's row and its block count.
    private let articles: [String: (first: Int, count: Int)]
    private let rowsPerSheet: Int

    init(_ articles: [Article], rowsPerSheet: Int) {
        var first = 0
        var index: [String: (first: Int, count: Int)] = [:]
        for article in articles where index[article.id] == nil {
            index[article.id] = (first, article.body.count)
            first += article.body.count
        }
        self.articles = index
        self.rowsPerSheet = rowsPerSheet
    }

    /// The paragraph ID (`a2-p14`) as a link to its row; plain text for an ID the packet does not hold.
    func link(_ paragraph: String?) -> Cell {
        guard let paragraph else { return .empty }
        guard let index = rowIndex(of: paragraph) else { return .text(paragraph) }
        let sheet = SheetLayout.partName(ParagraphsSheet.name, part: index / rowsPerSheet)
        return .sheetLink(SheetLocation(sheet: sheet, row: index % rowsPerSheet + 1, column: 3), label: paragraph)
    }

    private func rowIndex(of paragraph: String) -> Int? {
        guard let dash = paragraph.lastIndex(of: "-"),
              let position = Provenance(article: String(paragraph[..<dash]), paragraph: paragraph).paragraphNumber,
              let article = articles[String(paragraph[..<dash])],
              position >= 1, position <= article.count else { return nil }
        return article.first + position - 1
    }
}
