import DossierCore

/// Pass 5: cleans the gathered article: forms, embeds, footers, asides, buttons, share bars and headings
/// that look like clutter go; tables, lists and divs are kept only when they read as content (few links,
/// more paragraphs than images or list items, no inputs); empty paragraphs go.
enum TidyPass {
    static func run(_ article: NodeTree.ID, _ work: inout Workspace) {
        let tree = work.tree
        let dataTables = Set(tree.descendants(of: article, tagged: [.table]).filter { isDataTable($0, tree) })
        cleanConditionally(article, tag: .form, dataTables, &work)
        cleanConditionally(article, tag: .fieldset, dataTables, &work)
        for tag in [Tag.object, .embed, .footer, .link, .aside] { clean(article, tag: tag, &work) }
        for child in tree.elementChildren(of: article) {
            for node in tree.descendants(of: child) where tree.isElement(node) && tree.isAttached(node, within: child) {
                if ClassHints.hasWord(tree.hintString(of: node), "share") || ClassHints.hasWord(tree.hintString(of: node), "sharedaddy"),
                   tree.textContent(of: node).unicodeScalars.count < 500 {
                    work.remove(node, reason: .shareLine)
                }
            }
        }
        for tag in [Tag.iframe, .input, .textarea, .select, .button] { clean(article, tag: tag, &work) }
        for heading in tree.descendants(of: article, tagged: [.h1, .h2]) where work.classWeight(heading) < 0 {
            work.remove(heading, reason: .pageChrome)
        }
        cleanConditionally(article, tag: .table, dataTables, &work)
        cleanConditionally(article, tag: .ul, dataTables, &work)
        cleanConditionally(article, tag: .div, dataTables, &work)
        for heading in tree.descendants(of: article, tagged: [.h1]) { tree.setTag(.h2, of: heading) }
        for paragraph in tree.descendants(of: article, tagged: [.p])
        where tree.descendants(of: paragraph, tagged: [.img, .embed, .object, .iframe]).isEmpty
            && WhiteSpace.isBlank(tree.textContent(of: paragraph)) {
            tree.detach(paragraph)
        }
    }

    private static func clean(_ article: NodeTree.ID, tag: Tag, _ work: inout Workspace) {
        for node in work.tree.descendants(of: article, tagged: [tag]).reversed() {
            work.remove(node, reason: ClassHints.reason(tag: tag, hint: work.tree.hintString(of: node), role: work.tree.attribute("role", of: node)))
        }
    }

    /// Removes the `tag` blocks that look like clutter rather than content.
    private static func cleanConditionally(_ article: NodeTree.ID, tag: Tag, _ dataTables: Set<NodeTree.ID>, _ work: inout Workspace) {
        guard work.flags.contains(.cleanConditionally) else { return }
        let tree = work.tree
        for node in tree.descendants(of: article, tagged: [tag]).reversed() where tree.isAttached(node, within: article) {
            if shouldRemove(node, tag: tag, dataTables, work) {
                work.remove(node, reason: ClassHints.reason(tag: tag, hint: tree.hintString(of: node), role: tree.attribute("role", of: node)))
            }
        }
    }

    private static func shouldRemove(_ node: NodeTree.ID, tag: Tag, _ dataTables: Set<NodeTree.ID>, _ work: Workspace) -> Bool {
        let tree = work.tree
        if dataTables.contains(node) { return false }
        if tree.ancestors(of: node).contains(where: dataTables.contains) { return false }
        if tree.hasAncestor(node, tagged: .code) { return false }
        if tree.descendants(of: node, tagged: [.table]).contains(where: dataTables.contains) { return false }

        let text = tree.innerText(of: node)
        let length = text.unicodeScalars.count
        var isList = tag == .ul || tag == .ol
        if !isList {
            let listLength = tree.descendants(of: node, tagged: [.ul, .ol]).reduce(0) { $0 + tree.innerTextLength(of: $1) }
            isList = length > 0 && Double(listLength) / Double(length) > 0.9
        }
        let weight = work.classWeight(node)
        if weight < 0 { return true }
        guard ScorePass.commaCount(text) < 10 else { return false }

        let paragraphs = tree.descendants(of: node, tagged: [.p]).count
        let images = tree.descendants(of: node, tagged: [.img]).count
        let items = tree.descendants(of: node, tagged: [.li]).count - 100
        let inputs = tree.descendants(of: node, tagged: [.input]).count
        let headingDensity = work.textDensity(node, tags: [.h1, .h2, .h3, .h4, .h5, .h6])
        let embeds = tree.descendants(of: node, tagged: [.object, .embed, .iframe]).count
        if isOnlyFiller(text) { return true }
        let links = work.linkDensity(node)
        let textDensity = work.textDensity(node, tags: Set<Tag>([.span, .li, .td]).union(Tag.blockLevel))
        let inFigure = tree.hasAncestor(node, tagged: .figure)

        var remove = false
        if !inFigure && images > 1 && Double(paragraphs) / Double(images) < 0.5 { remove = true }
        if !isList && items > paragraphs { remove = true }
        if inputs > paragraphs / 3 { remove = true }
        if !isList && !inFigure && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && links > 0 { remove = true }
        if !isList && weight < 25 && links > 0.2 { remove = true }
        if weight >= 25 && links > 0.5 { remove = true }
        if (embeds == 1 && length < 75) || embeds > 1 { remove = true }
        if images == 0 && textDensity == 0 { remove = true }

        // A list of images, one to an item, stays.
        if isList && remove {
            if tree.elementChildren(of: node).contains(where: { tree.elementChildren(of: $0).count > 1 }) { return true }
            return images != tree.descendants(of: node, tagged: [.li]).count
        }
        return remove
    }

    /// "Advertisement", "Loading…" and their translations, alone.
    private static func isOnlyFiller(_ text: String) -> Bool {
        let lower = text.lowercased()
        let ads: Set<String> = ["ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "реклама", "anuncio"]
        if ads.contains(lower) { return true }
        var word = lower
        if word.hasSuffix("…") { word.removeLast() } else if word.hasSuffix("...") { word.removeLast(3) }
        return ["loading", "正在加载", "загрузка", "chargement", "cargando"].contains(word)
    }

    /// A table of data rather than of layout: it says so, has a caption or header cells, or is big.
    private static func isDataTable(_ table: NodeTree.ID, _ tree: NodeTree) -> Bool {
        if tree.attribute("role", of: table) == "presentation" || tree.attribute("datatable", of: table) == "0" { return false }
        if tree.attribute("summary", of: table) != nil { return true }
        if tree.elementChildren(of: table).contains(where: { tree.tag(of: $0) == .caption }) { return true }
        if !tree.descendants(of: table).filter({ tree.isElement($0) && ["col", "colgroup", "tfoot", "thead", "th"].contains(tree.name(of: $0)) }).isEmpty { return true }
        if !tree.descendants(of: table, tagged: [.table]).isEmpty { return false }
        let rows = tree.descendants(of: table, tagged: [.tr])
        let columns = rows.map { tree.elementChildren(of: $0).filter { tree.tag(of: $0) == .td }.count }.max() ?? 0
        if rows.count >= 10 || columns > 4 { return true }
        return rows.count * columns > 10
    }
}

extension NodeTree {
    /// Still inside `ancestor` (an earlier removal may have taken it out).
    func isAttached(_ node: ID, within ancestor: ID) -> Bool {
        var current = node
        while current != Self.none {
            if current == ancestor { return true }
            current = parent(of: current)
        }
        return false
    }
}
