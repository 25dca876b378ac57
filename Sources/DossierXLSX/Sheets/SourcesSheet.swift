import DossierCore

enum SourcesSheet {
    static let name = "Sources"

    /// One row per article, in packet order: ``SourcesIndex`` relies on it.
    static func layout(_ packet: Packet) -> SheetLayout {
        let columns = [
            Column(header: "ID", width: 7), Column(header: "Title", width: 50, wraps: true), Column(header: "Title inferred", width: 9),
            Column(header: "Outlet", width: 18, wraps: true), Column(header: "Byline", width: 18, wraps: true),
            Column(header: "Credit", width: 24, wraps: true), Column(header: "Date", width: 12),
            Column(header: "Source file", width: 28, wraps: true), Column(header: "URL", width: 40),
            Column(header: "Paragraphs", width: 11), Column(header: "Words", width: 9),
        ]
        let table = TableBlock(name: "Sources", columns: columns, items: packet.articles) { article in
            Row(cells: [.text(article.id), .text(article.title), .flag(article.titleInferred), .text(article.outlet),
                        .text(article.byline), .text(article.credit), .date(article.publishedDate), .text(article.source),
                        .url(article.url), .count(article.paragraphs.count), .count(article.wordCount)],
                article: article.id)
        }
        return SheetLayout(name: name, summary: "The articles: title, outlet, byline, date, file and link", blocks: [table])
    }
}
