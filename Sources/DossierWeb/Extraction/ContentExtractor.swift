import DossierCore
import Foundation

/// Finds a page's article in its tree by running the passes in order: clean → score → pick → siblings →
/// tidy → blocks. When what comes out is too short to be an article, it starts again from the page as it
/// was, each time trusting the page's class names less (first keeping blocks that look unlikely, then
/// ignoring class weights, then keeping every block), and keeps the longest result.
struct ContentExtractor {
    struct Result {
        var blocks: [Block]
        var removed: [RemovedLine]
        /// The visible byline, when the metadata named no author.
        var byline: String?
    }

    /// An article shorter than this (in characters) sends extraction round again with looser rules.
    static let minimumCharacters = 500
    static let maximumLinkDensity = 0.5

    let title: String
    let wantsByline: Bool
    let baseURL: URL?

    func extract(from page: NodeTree) -> Result {
        PreparePass.run(page)
        var attempts: [(length: Int, result: Result)] = []
        let flagSteps: [Workspace.Flags] = [.all, [.weighClasses, .cleanConditionally], [.cleanConditionally], []]
        for flags in flagSteps {
            let tree = page.copy()
            var work = Workspace(tree: tree, flags: flags, title: title, wantsByline: wantsByline)
            CleanPass.run(&work)
            let candidates = ScorePass.run(&work)
            let article: NodeTree.ID
            if let best = PickPass.run(candidates, &work) {
                article = SiblingPass.run(best: best, &work)
            } else {
                article = wholeBody(of: tree)
                work.scores[article] = ScorePass.initialScore(article, work)
            }
            TidyPass.run(article, &work)
            // What is mostly links is a menu or a list of stories, not an article.
            if work.navigationDensity(article) > Self.maximumLinkDensity { continue }
            let (blocks, captions) = BlockPass.blocks(of: article, in: tree, baseURL: baseURL)
            let result = Result(blocks: blocks, removed: (work.removed + captions).sorted { $0.line < $1.line }, byline: work.byline)
            let length = blocks.reduce(0) { $0 + $1.plainText.unicodeScalars.count }
            if length >= Self.minimumCharacters { return result }
            attempts.append((length, result))
        }
        return attempts.max { $0.length < $1.length }?.result ?? Result(blocks: [], removed: [], byline: nil)
    }

    /// A feed item's content is the article already: it is only cleaned (no scoring, no siblings).
    func extractFragment(from fragment: NodeTree) -> Result {
        PreparePass.run(fragment)
        var work = Workspace(tree: fragment, flags: .all, title: title, wantsByline: false)
        CleanPass.run(&work)
        let body = wholeBody(of: fragment)
        let (blocks, captions) = BlockPass.blocks(of: body, in: fragment, baseURL: baseURL)
        return Result(blocks: blocks, removed: (work.removed + captions).sorted { $0.line < $1.line }, byline: nil)
    }

    /// A container holding everything in the body, for a page where no block scored.
    private func wholeBody(of tree: NodeTree) -> NodeTree.ID {
        let body = tree.descendants(of: tree.root, tagged: [.body]).first ?? tree.root
        let container = tree.makeElement("div", line: tree.line(of: body))
        for child in tree.children(of: body) { tree.appendChild(child, to: container) }
        tree.appendChild(container, to: body)
        return container
    }
}
