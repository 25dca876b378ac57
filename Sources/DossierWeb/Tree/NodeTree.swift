/// A parsed page or feed as a mutable tree held in flat arrays: nodes are indices, siblings are linked, so
/// extraction passes can move, retag and remove nodes cheaply, and nothing walks the tree by recursion
/// (a page of 100,000 nested elements must not overflow the stack).
final class NodeTree {
    typealias ID = Int32
    static let none: ID = -1

    enum Kind: UInt8 { case element, text }

    private(set) var kind: [Kind] = []
    /// Lowercased element name ("div", "content:encoded"); empty for text.
    var name: [String] = []
    var tag: [Tag] = []
    /// Text of a text node.
    private(set) var text: [String] = []
    /// 1-based source line.
    private(set) var line: [Int32] = []
    private(set) var parent: [ID] = []
    private(set) var firstChild: [ID] = []
    private(set) var lastChild: [ID] = []
    private(set) var next: [ID] = []
    private(set) var previous: [ID] = []
    private var attributeStart: [Int32] = []
    private var attributeCount: [UInt16] = []
    private var attributeNames: [String] = []
    private var attributeValues: [String] = []
    /// The root element holding the document (a synthetic "#document" element).
    private(set) var root: ID = NodeTree.none

    init() {
        root = makeElement("#document", line: 1)
    }

    /// The arrays are values: copying them is cheap until either tree changes.
    init(copying other: NodeTree) {
        kind = other.kind
        name = other.name
        tag = other.tag
        text = other.text
        line = other.line
        parent = other.parent
        firstChild = other.firstChild
        lastChild = other.lastChild
        next = other.next
        previous = other.previous
        attributeStart = other.attributeStart
        attributeCount = other.attributeCount
        attributeNames = other.attributeNames
        attributeValues = other.attributeValues
        root = other.root
    }

    // MARK: Building

    func makeElement(_ elementName: String, line sourceLine: Int, attributes: [(String, String)] = []) -> ID {
        let id = append(.element, name: elementName, text: "", line: sourceLine)
        attributeStart[Int(id)] = Int32(attributeNames.count)
        attributeCount[Int(id)] = UInt16(min(attributes.count, Int(UInt16.max)))
        for (key, value) in attributes.prefix(Int(UInt16.max)) {
            attributeNames.append(key)
            attributeValues.append(value)
        }
        return id
    }

    func makeText(_ content: String, line sourceLine: Int) -> ID {
        append(.text, name: "", text: content, line: sourceLine)
    }

    private func append(_ nodeKind: Kind, name elementName: String, text content: String, line sourceLine: Int) -> ID {
        let id = ID(kind.count)
        kind.append(nodeKind)
        name.append(elementName)
        tag.append(nodeKind == .element ? Tag(elementName) : .other)
        text.append(content)
        line.append(Int32(clamping: sourceLine))
        parent.append(Self.none)
        firstChild.append(Self.none)
        lastChild.append(Self.none)
        next.append(Self.none)
        previous.append(Self.none)
        attributeStart.append(0)
        attributeCount.append(0)
        return id
    }

    // MARK: Attributes

    func attribute(_ key: String, of node: ID) -> String? {
        let start = Int(attributeStart[Int(node)])
        for index in start..<start + Int(attributeCount[Int(node)]) where attributeNames[index] == key {
            return attributeValues[index]
        }
        return nil
    }

    func attributes(of node: ID) -> [(name: String, value: String)] {
        let start = Int(attributeStart[Int(node)])
        return (start..<start + Int(attributeCount[Int(node)])).map { (attributeNames[$0], attributeValues[$0]) }
    }

    /// The class and id joined, lowercased: what class/id hints are matched against.
    func hintString(of node: ID) -> String {
        let classes = attribute("class", of: node) ?? ""
        let identifier = attribute("id", of: node) ?? ""
        return (classes + " " + identifier).lowercased()
    }

    // MARK: Shape

    func isElement(_ node: ID) -> Bool { kind[Int(node)] == .element }
    func tag(of node: ID) -> Tag { tag[Int(node)] }
    func name(of node: ID) -> String { name[Int(node)] }
    func text(of node: ID) -> String { text[Int(node)] }
    func line(of node: ID) -> Int { Int(line[Int(node)]) }
    func parent(of node: ID) -> ID { parent[Int(node)] }
    func firstChild(of node: ID) -> ID { firstChild[Int(node)] }
    func nextSibling(of node: ID) -> ID { next[Int(node)] }

    func setTag(_ newTag: Tag, of node: ID) {
        tag[Int(node)] = newTag
        name[Int(node)] = newTag.name
    }

    func setText(_ content: String, of node: ID) { text[Int(node)] = content }

    func children(of node: ID) -> [ID] {
        var result: [ID] = []
        var child = firstChild[Int(node)]
        while child != Self.none {
            result.append(child)
            child = next[Int(child)]
        }
        return result
    }

    func elementChildren(of node: ID) -> [ID] { children(of: node).filter(isElement) }

    func firstElementChild(of node: ID) -> ID {
        var child = firstChild[Int(node)]
        while child != Self.none && !isElement(child) { child = next[Int(child)] }
        return child
    }

    func nextElementSibling(of node: ID) -> ID {
        var sibling = next[Int(node)]
        while sibling != Self.none && !isElement(sibling) { sibling = next[Int(sibling)] }
        return sibling
    }

    func isAttached(_ node: ID) -> Bool {
        var current = node
        while current != Self.none {
            if current == root { return true }
            current = parent[Int(current)]
        }
        return false
    }

    // MARK: Mutation

    func appendChild(_ child: ID, to newParent: ID) {
        detach(child)
        parent[Int(child)] = newParent
        let last = lastChild[Int(newParent)]
        previous[Int(child)] = last
        if last == Self.none { firstChild[Int(newParent)] = child } else { next[Int(last)] = child }
        lastChild[Int(newParent)] = child
    }

    func insert(_ child: ID, before reference: ID) {
        guard reference != Self.none else { return }
        let newParent = parent[Int(reference)]
        detach(child)
        parent[Int(child)] = newParent
        let before = previous[Int(reference)]
        previous[Int(child)] = before
        next[Int(child)] = reference
        previous[Int(reference)] = child
        if before == Self.none { firstChild[Int(newParent)] = child } else { next[Int(before)] = child }
    }

    /// Puts `replacement` where `node` is; `node` leaves the tree.
    func replace(_ node: ID, with replacement: ID) {
        guard replacement != node else { return }
        let reference = next[Int(node)]
        let oldParent = parent[Int(node)]
        detach(replacement)
        detach(node)
        if reference != Self.none { insert(replacement, before: reference) } else if oldParent != Self.none { appendChild(replacement, to: oldParent) }
    }

    func detach(_ node: ID) {
        let oldParent = parent[Int(node)]
        guard oldParent != Self.none else { return }
        let before = previous[Int(node)], after = next[Int(node)]
        if before == Self.none { firstChild[Int(oldParent)] = after } else { next[Int(before)] = after }
        if after == Self.none { lastChild[Int(oldParent)] = before } else { previous[Int(after)] = before }
        parent[Int(node)] = Self.none
        previous[Int(node)] = Self.none
        next[Int(node)] = Self.none
    }

    // MARK: Traversal

    /// The next element in document order, entering `node`'s children unless `skippingChildren`.
    func nextElement(after node: ID, skippingChildren: Bool = false, within limit: ID? = nil) -> ID {
        if !skippingChildren {
            let child = firstElementChild(of: node)
            if child != Self.none { return child }
        }
        var current = node
        while current != Self.none && current != limit {
            let sibling = nextElementSibling(of: current)
            if sibling != Self.none { return sibling }
            current = parent[Int(current)]
        }
        return Self.none
    }

    /// Every node below `node` in document order (not `node` itself).
    func descendants(of node: ID) -> [ID] {
        var result: [ID] = []
        var current = firstChild[Int(node)]
        while current != Self.none {
            result.append(current)
            if firstChild[Int(current)] != Self.none {
                current = firstChild[Int(current)]
                continue
            }
            while current != node && next[Int(current)] == Self.none { current = parent[Int(current)] }
            if current == node { break }
            current = next[Int(current)]
        }
        return result
    }

    func descendants(of node: ID, tagged tags: Set<Tag>) -> [ID] {
        descendants(of: node).filter { isElement($0) && tags.contains(tag[Int($0)]) }
    }

    func ancestors(of node: ID, limit: Int = 0) -> [ID] {
        var result: [ID] = []
        var current = parent[Int(node)]
        while current != Self.none && current != root {
            result.append(current)
            if limit > 0 && result.count == limit { break }
            current = parent[Int(current)]
        }
        return result
    }

    func hasAncestor(_ node: ID, tagged wanted: Tag, maxDepth: Int = 3) -> Bool {
        var depth = 0
        var current = parent[Int(node)]
        while current != Self.none {
            if maxDepth > 0 && depth > maxDepth { return false }
            if tag[Int(current)] == wanted { return true }
            current = parent[Int(current)]
            depth += 1
        }
        return false
    }

    /// All text below `node`, concatenated as written.
    func textContent(of node: ID) -> String {
        if kind[Int(node)] == .text { return text[Int(node)] }
        var result = ""
        for descendant in descendants(of: node) where kind[Int(descendant)] == .text {
            result += text[Int(descendant)]
        }
        return result
    }

    /// Text with runs of white space collapsed and the ends trimmed, as reading shows it.
    func innerText(of node: ID) -> String { WhiteSpace.collapse(textContent(of: node)) }

    /// Length in characters of ``innerText(of:)``, computed without building the string.
    func innerTextLength(of node: ID) -> Int { WhiteSpace.collapsedLength(textContent(of: node)) }
}

extension NodeTree {
    /// An independent copy: extraction changes its tree, and a second attempt needs the page as it was.
    func copy() -> NodeTree { NodeTree(copying: self) }
}
