@testable import DossierXLSX
import DossierCore
import Testing

/// Article lists in one cell stay short however many articles share an entity or a quote.
struct ArticleListTests {
    let articles = (1...30).map { "a\($0)" }

    @Test func longListsAreCappedWithTheNumberLeftOut() {
        #expect(ArticleList.text(["a1", "a2"], total: 2) == "a1, a2")
        #expect(ArticleList.text(articles, total: 30) == articles.prefix(20).joined(separator: ", ") + " … and 10 more")
    }

    @Test func corroboratingArticlesLeaveOutTheRowsOwnArticleAndAreCapped() {
        let index = CorroborationIndex([
            Corroboration(id: "c1", kind: .quote, text: "x", articles: articles, items: ["q1", "q2"]),
            Corroboration(id: "c2", kind: .quote, text: "y", articles: ["a1", "a2"], items: ["q3"]),
            Corroboration(id: "c3", kind: .quote, text: "y", articles: ["a2", "a3"], items: ["q3"]),
        ])
        let others = articles.filter { $0 != "a5" }
        #expect(index.cells(for: "q2", in: "a5") == [.count(29), .text(others.prefix(20).joined(separator: ", ") + " … and 9 more")])
        #expect(index.cells(for: "q3", in: "a2") == [.count(2), .text("a1, a3")])
        #expect(index.cells(for: "q9", in: "a1") == [.count(0), .empty])
    }
}
