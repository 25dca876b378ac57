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
///
/// Each item keeps only the positions of its corroborations (nearly always one), and each
/// corroboration its article set and the first few IDs, so that a row costs the same however many
/// articles share a quote.
struct CorroborationIndex {
    private struct Group {
        let articles: Set<String>
        /// One more than ``ArticleList/limit``: enough to list that many after leaving out the row's own article.
        let firstArticles: ArraySlice<String>
        let all: [String]
    }

    private let groups: [Group]
    private let groupsByItem: [String: [Int]]

    init(_ corroborations: [Corroboration]) {
        groups = corroborations.map {
            Group(articles: Set($0.articles), firstArticles: $0.articles.prefix(ArticleList.limit + 1), all: $0.articles)
        }
        var index: [String: [Int]] = [:]
        for (position, corroboration) in corroborations.enumerated() {
            for item in corroboration.items { index[item, default: []].append(position) }
        }
        groupsByItem = index
    }

    /// Count and IDs (`a2, a3`, capped by ``ArticleList``) of the articles other than `article` that carry `item`.
    func cells(for item: String, in article: String) -> [Cell] {
        let positions = groupsByItem[item] ?? []
        let (count, shown): (Int, [String]) = if positions.count == 1 {
            othersIn(groups[positions[0]], besides: article)
        } else {
            othersIn(positions.map { groups[$0] }, besides: article)
        }
        return [.count(count), shown.isEmpty ? .empty : .text(ArticleList.text(shown, total: count))]
    }

    private func othersIn(_ group: Group, besides article: String) -> (Int, [String]) {
        let count = group.articles.count - (group.articles.contains(article) ? 1 : 0)
        return (count, group.firstArticles.filter { $0 != article })
    }

    /// An item in several corroborations (rare): the union of their articles, in order of appearance.
    private func othersIn(_ groups: [Group], besides article: String) -> (Int, [String]) {
        var seen: Set<String> = [article]
        let others = groups.flatMap(\.all).filter { seen.insert($0).inserted }
        return (others.count, others)
    }

    static let columns = [Column(header: "Corroborated by", width: 12), Column(header: "Corroborating articles", width: 16, wraps: true)]
}
