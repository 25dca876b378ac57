import DossierCore

/// Where each article's row is on the Sources sheet (or its continuations), so that every article ID
/// in the workbook can link to it.
struct SourcesIndex {
    private let rows: [String: Int]
    private let rowsPerSheet: Int

    init(_ articles: [Article], rowsPerSheet: Int) {
        rows = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.rowsPerSheet = rowsPerSheet
    }

    /// The article ID as a link to its Sources row; plain text for an ID the packet does not hold.
    func link(_ article: String?) -> Cell {
        guard let article else { return .empty }
        guard let index = rows[article] else { return .text(article) }
        let sheet = SheetLayout.partName(SourcesSheet.name, part: index / rowsPerSheet)
        return .sheetLink(SheetLocation(sheet: sheet, row: index % rowsPerSheet + 1, column: 0), label: article)
    }
}

/// The other articles that carry a quote or quantity, from the packet's corroborations.
struct CorroborationIndex {
    private let articlesByItem: [String: [String]]

    init(_ corroborations: [Corroboration]) {
        var index: [String: [String]] = [:]
        for corroboration in corroborations {
            for item in corroboration.items {
                index[item, default: []].append(contentsOf: corroboration.articles)
            }
        }
        articlesByItem = index
    }

    /// Count and IDs (`a2, a3`) of the articles other than `article` that carry `item`.
    func cells(for item: String, in article: String) -> [Cell] {
        var seen: Set<String> = [article]
        let others = (articlesByItem[item] ?? []).filter { seen.insert($0).inserted }
        return [.count(others.count), others.isEmpty ? .empty : .text(others.joined(separator: ", "))]
    }

    static let columns = [Column(header: "Corroborated by", width: 12), Column(header: "Corroborating articles", width: 16, wraps: true)]
}
