/// Pass 3: picks the block that holds the article: the best-scored candidate, or a common ancestor when
/// three or more near-equal candidates share one, or a parent whose score rises above it; an only child
/// gives way to its parent, so the sibling pass can see its neighbours.
enum PickPass {
    static let topCount = 5

    /// The chosen block, or nil when nothing scored (the caller then reads the whole body).
    static func run(_ candidates: [NodeTree.ID], _ work: inout Workspace) -> NodeTree.ID? {
        let tree = work.tree
        var top: [NodeTree.ID] = []
        for candidate in candidates {
            let score = work.scores[candidate]!
            if let index = top.firstIndex(where: { score > work.scores[$0]! }) {
                top.insert(candidate, at: index)
                if top.count > topCount { top.removeLast() }
            } else if top.count < topCount {
                top.append(candidate)
            }
        }
        guard var best = top.first, tree.tag(of: best) != .body else { return nil }

        let bestScore = work.scores[best]!
        let close = top.dropFirst().filter { work.scores[$0]! / bestScore >= 0.75 }.map { Set(tree.ancestors(of: $0)) }
        if close.count >= 3 {
            var ancestor = tree.parent(of: best)
            while ancestor != NodeTree.none && ancestor != tree.root && tree.tag(of: ancestor) != .body {
                if close.filter({ $0.contains(ancestor) }).count >= 3 {
                    best = ancestor
                    break
                }
                ancestor = tree.parent(of: ancestor)
            }
        }
        if work.scores[best] == nil { work.scores[best] = ScorePass.initialScore(best, work) }

        var parent = tree.parent(of: best)
        var lastScore = work.scores[best]!
        let threshold = lastScore / 3
        while parent != NodeTree.none && parent != tree.root && tree.tag(of: parent) != .body {
            guard let parentScore = work.scores[parent] else {
                parent = tree.parent(of: parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                best = parent
                break
            }
            lastScore = parentScore
            parent = tree.parent(of: parent)
        }

        parent = tree.parent(of: best)
        while parent != NodeTree.none && parent != tree.root && tree.tag(of: parent) != .body
            && tree.elementChildren(of: parent).count == 1 {
            best = parent
            parent = tree.parent(of: best)
        }
        if work.scores[best] == nil { work.scores[best] = ScorePass.initialScore(best, work) }
        return best
    }
}
