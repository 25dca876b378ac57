/// A list of article IDs in one cell, capped so that a cell stays readable and its cost does not grow
/// with the corpus: `a1, a2, a3 … and 480 more`. The full lists are on the long-format sheets.
enum ArticleList {
    static let limit = 20

    /// `shown` holds the first IDs (at most ``limit`` are used); `total` is how many there are in all.
    static func text<IDs: Collection<String>>(_ shown: IDs, total: Int) -> String {
        let listed = shown.prefix(limit)
        let text = listed.joined(separator: ", ")
        return total > listed.count ? "\(text) … and \(total - listed.count) more" : text
    }
}
