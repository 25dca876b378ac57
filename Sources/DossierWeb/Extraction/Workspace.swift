import DossierCore

/// What the extraction passes share: the tree they change, the scores they give, and what they removed.
struct Workspace {
    let tree: NodeTree
    var flags: Flags
    /// The title found in metadata, so a heading repeating it is not read twice.
    var title: String
    /// Set when the page names no author in its metadata; the visible byline found while cleaning.
    var wantsByline: Bool
    var byline: String?
    var scores: [NodeTree.ID: Double] = [:]
    var toScore: [NodeTree.ID] = []
    var removed: [RemovedLine] = []

    struct Flags: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Flags(rawValue: 1)
        static let weighClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let all: Flags = [.stripUnlikely, .weighClasses, .cleanConditionally]
    }

    init(tree: NodeTree, flags: Flags, title: String, wantsByline: Bool) {
        self.tree = tree
        self.flags = flags
        self.title = title
        self.wantsByline = wantsByline
    }

    /// Removes `node` and lists its text under `reason` when it held any.
    mutating func remove(_ node: NodeTree.ID, reason: BoilerplateRule?) {
        if let reason {
            let text = tree.innerText(of: node)
            if !text.isEmpty {
                removed.append(RemovedLine(line: tree.line(of: node), text: String(text.prefix(300)), reason: reason))
            }
        }
        tree.detach(node)
    }

    /// The class/id weight: ±25 for each of class and id that looks like content or like clutter.
    func classWeight(_ node: NodeTree.ID) -> Double {
        guard flags.contains(.weighClasses) else { return 0 }
        var weight = 0.0
        for value in [tree.attribute("class", of: node), tree.attribute("id", of: node)] {
            guard let value, !value.isEmpty else { continue }
            if ClassHints.isNegative(value) { weight -= 25 }
            if ClassHints.isPositive(value) { weight += 25 }
        }
        return weight
    }

    /// Share of the text that sits in links; in-page (`#…`) links count for less.
    func linkDensity(_ node: NodeTree.ID) -> Double {
        let length = tree.innerTextLength(of: node)
        guard length > 0 else { return 0 }
        var linkLength = 0.0
        for link in tree.descendants(of: node, tagged: [.a]) {
            let href = tree.attribute("href", of: link) ?? ""
            let weight = href.count > 1 && href.hasPrefix("#") ? 0.3 : 1
            linkLength += Double(tree.innerTextLength(of: link)) * weight
        }
        return linkLength / Double(length)
    }

    /// Share of the text in links that lead to another page (not `javascript:`, not within the page): what
    /// makes a block a menu or a list of stories.
    func navigationDensity(_ node: NodeTree.ID) -> Double {
        let length = tree.innerTextLength(of: node)
        guard length > 0 else { return 0 }
        let leading = tree.descendants(of: node, tagged: [.a]).filter { link in
            let href = (tree.attribute("href", of: link) ?? "").trimmingWhiteSpace.lowercased()
            return !href.isEmpty && !href.hasPrefix("#") && !href.hasPrefix("javascript:")
        }
        return Double(leading.reduce(0) { $0 + tree.innerTextLength(of: $1) }) / Double(length)
    }

    /// Share of the text inside elements with the given tags.
    func textDensity(_ node: NodeTree.ID, tags: Set<Tag>) -> Double {
        let length = tree.innerTextLength(of: node)
        guard length > 0 else { return 0 }
        let inside = tree.descendants(of: node, tagged: tags).reduce(0) { $0 + tree.innerTextLength(of: $1) }
        return Double(inside) / Double(length)
    }

    func isPhrasing(_ node: NodeTree.ID) -> Bool {
        guard tree.isElement(node) else { return true }
        let tag = tree.tag(of: node)
        if Tag.phrasing.contains(tag) { return true }
        guard tag == .a || tag == .del || tag == .ins else { return false }
        return tree.descendants(of: node).allSatisfy { !tree.isElement($0) || Tag.phrasing.contains(tree.tag(of: $0)) }
    }

    func isWhitespace(_ node: NodeTree.ID) -> Bool {
        tree.isElement(node) ? tree.tag(of: node) == .br : WhiteSpace.isBlank(tree.text(of: node))
    }

    func hasBlockChild(_ node: NodeTree.ID) -> Bool {
        tree.descendants(of: node).contains { tree.isElement($0) && Tag.blockLevel.contains(tree.tag(of: $0)) }
    }

    /// True when `node`'s only element child is one `tag` and there is no text beside it.
    func hasSingleChild(_ node: NodeTree.ID, tagged tag: Tag) -> Bool {
        let children = tree.children(of: node)
        let elements = children.filter(tree.isElement)
        guard elements.count == 1, tree.tag(of: elements[0]) == tag else { return false }
        return children.allSatisfy { tree.isElement($0) || WhiteSpace.isBlank(tree.text(of: $0)) }
    }

    /// Word overlap of `b` with `a`: 1 when every word of `b` is in `a`.
    static func textSimilarity(_ a: String, _ b: String) -> Double {
        let tokensA = tokens(a), tokensB = tokens(b)
        guard !tokensA.isEmpty, !tokensB.isEmpty else { return 0 }
        let setA = Set(tokensA)
        let unique = tokensB.filter { !setA.contains($0) }
        let uniqueLength = unique.isEmpty ? 0 : unique.joined(separator: " ").count
        return 1 - Double(uniqueLength) / Double(tokensB.joined(separator: " ").count)
    }

    private static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }
}
