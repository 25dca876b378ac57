/// Pass 4: gathers the chosen block and those of its siblings that belong with it (a lead paragraph or a
/// second half split off by an ad): siblings that scored well, share its class, or are paragraphs of
/// prose with few links. Returns a new container holding them, in order.
enum SiblingPass {
    static let keptTags: Set<Tag> = [.div, .article, .section, .p, .ol, .ul]

    static func run(best: NodeTree.ID, _ work: inout Workspace) -> NodeTree.ID {
        let tree = work.tree
        let container = tree.makeElement("div", line: tree.line(of: best))
        let bestScore = work.scores[best] ?? 0
        let threshold = max(10, bestScore * 0.2)
        let parent = tree.parent(of: best)
        let bestClass = tree.attribute("class", of: best) ?? ""
        for sibling in tree.elementChildren(of: parent) {
            guard sibling == best || belongs(sibling, bestClass: bestClass, bestScore: bestScore, threshold: threshold, work) else { continue }
            if !keptTags.contains(tree.tag(of: sibling)) { tree.setTag(.div, of: sibling) }
            tree.appendChild(sibling, to: container)
        }
        return container
    }

    private static func belongs(_ sibling: NodeTree.ID, bestClass: String, bestScore: Double, threshold: Double, _ work: Workspace) -> Bool {
        let tree = work.tree
        let bonus = !bestClass.isEmpty && tree.attribute("class", of: sibling) == bestClass ? bestScore * 0.2 : 0
        if let score = work.scores[sibling], score + bonus >= threshold { return true }
        guard tree.tag(of: sibling) == .p else { return false }
        let density = work.linkDensity(sibling)
        let text = tree.innerText(of: sibling)
        let length = text.unicodeScalars.count
        if length > 80 && density < 0.25 { return true }
        return length < 80 && length > 0 && density == 0 && endsASentence(text)
    }

    /// A full stop followed by a space or the end: a sentence, not a label.
    private static func endsASentence(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "." {
            if index + 1 == scalars.count || scalars[index + 1] == " " { return true }
        }
        return false
    }
}
