/// Pass 2: scores each paragraph-like block by its text (a point, one per comma, one per 100 characters up
/// to 3) and passes the score up to five ancestors, less the further up (parent all, grandparent half, then
/// a third of the level each). Ancestors start from their tag and class/id weight; each candidate's score is
/// then scaled by how little of its text is links.
enum ScorePass {
    static func run(_ work: inout Workspace) -> [NodeTree.ID] {
        let tree = work.tree
        var candidates: [NodeTree.ID] = []
        for block in work.toScore where tree.parent(of: block) != NodeTree.none && tree.isAttached(block) {
            let text = tree.innerText(of: block)
            let length = text.unicodeScalars.count
            guard length >= 25 else { continue }
            let ancestors = tree.ancestors(of: block, limit: 5)
            guard !ancestors.isEmpty else { continue }
            let score = 1 + Double(commaCount(text) + 1) + Double(min(length / 100, 3))
            for (level, ancestor) in ancestors.enumerated() where tree.parent(of: ancestor) != NodeTree.none {
                if work.scores[ancestor] == nil {
                    work.scores[ancestor] = initialScore(ancestor, work)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                work.scores[ancestor]! += score / divider
            }
        }
        for candidate in candidates {
            work.scores[candidate]! *= 1 - work.linkDensity(candidate)
        }
        return candidates
    }

    static func initialScore(_ node: NodeTree.ID, _ work: Workspace) -> Double {
        let base: Double = switch work.tree.tag(of: node) {
        case .div: 5
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
        default: 0
        }
        return base + work.classWeight(node)
    }

    /// Commas of Latin, Arabic, Chinese and other scripts.
    static func commaCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { count, scalar in
            switch scalar.value {
            case 0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C: count + 1
            default: count
            }
        }
    }
}
