/// Pass 0, once per page: drops what is never text (scripts, styles, templates), reads `<font>` as `<span>`,
/// and turns runs of two or more `<br>` into paragraph breaks, as pages that lay text out with `<br><br>` mean.
enum PreparePass {
    static func run(_ tree: NodeTree) {
        let body = tree.descendants(of: tree.root)
        for node in body where tree.isElement(node) {
            switch tree.tag(of: node) {
            case .script, .noscript, .style, .template: tree.detach(node)
            case .font: tree.setTag(.span, of: node)
            default: continue
            }
        }
        for node in tree.descendants(of: tree.root, tagged: [.br]) where tree.parent(of: node) != NodeTree.none {
            replaceBreakRun(startingAt: node, in: tree)
        }
    }

    /// The next node that is an element or non-blank text.
    private static func nextContent(_ node: NodeTree.ID, in tree: NodeTree) -> NodeTree.ID {
        var current = node
        while current != NodeTree.none && !tree.isElement(current) && WhiteSpace.isBlank(tree.text(of: current)) {
            current = tree.nextSibling(of: current)
        }
        return current
    }

    private static func replaceBreakRun(startingAt br: NodeTree.ID, in tree: NodeTree) {
        var replaced = false
        var next = nextContent(tree.nextSibling(of: br), in: tree)
        while next != NodeTree.none && tree.isElement(next) && tree.tag(of: next) == .br {
            replaced = true
            let after = tree.nextSibling(of: next)
            tree.detach(next)
            next = nextContent(after, in: tree)
        }
        guard replaced else { return }
        let paragraph = tree.makeElement("p", line: tree.line(of: br))
        tree.replace(br, with: paragraph)
        var sibling = tree.nextSibling(of: paragraph)
        while sibling != NodeTree.none {
            if tree.isElement(sibling) && tree.tag(of: sibling) == .br {
                let following = nextContent(tree.nextSibling(of: sibling), in: tree)
                if following != NodeTree.none && tree.isElement(following) && tree.tag(of: following) == .br { break }
            }
            if tree.isElement(sibling) && !Tag.phrasing.contains(tree.tag(of: sibling)) && tree.tag(of: sibling) != .a { break }
            let after = tree.nextSibling(of: sibling)
            tree.appendChild(sibling, to: paragraph)
            sibling = after
        }
        var last = tree.children(of: paragraph).last
        while let tail = last, (tree.isElement(tail) ? tree.tag(of: tail) == .br : WhiteSpace.isBlank(tree.text(of: tail))) {
            tree.detach(tail)
            last = tree.children(of: paragraph).last
        }
        let parent = tree.parent(of: paragraph)
        if parent != NodeTree.none && tree.tag(of: parent) == .p { tree.setTag(.div, of: parent) }
    }
}
