import DossierCore

/// Pass 1: walks the page once, removing what is hidden, dialogs, the visible byline (kept as the byline),
/// the heading that repeats the title, and blocks whose class, id or role mark them as page furniture
/// (navigation, comments, related stories, share bars, ads, cookie banners), each listed with its reason.
/// It also gathers the blocks to score and reads `<div>`s used as paragraphs as paragraphs.
enum CleanPass {
    static let scoredTags: Set<Tag> = [.section, .h2, .h3, .h4, .h5, .h6, .p, .td, .pre]

    static func run(_ work: inout Workspace) {
        let tree = work.tree
        var removeTitleHeading = true
        var node = tree.firstElementChild(of: tree.root)
        while node != NodeTree.none {
            let tag = tree.tag(of: node)
            let hint = tree.hintString(of: node)
            let role = tree.attribute("role", of: node)

            if !isProbablyVisible(node, in: tree)
                || (tree.attribute("aria-modal", of: node) == "true" && role == "dialog") {
                node = removeAndAdvance(node, reason: nil, &work)
                continue
            }
            if work.wantsByline && work.byline == nil && isByline(node, hint: hint, in: tree) {
                work.byline = bylineText(node, in: tree)
                node = removeAndAdvance(node, reason: .byline, &work)
                continue
            }
            if removeTitleHeading && (tag == .h1 || tag == .h2)
                && Workspace.textSimilarity(work.title, tree.innerText(of: node)) > 0.75 {
                removeTitleHeading = false
                node = removeAndAdvance(node, reason: .title, &work)
                continue
            }
            // Navigation by its element or role is never the article, however short the page.
            if tag == .nav || role == "navigation" {
                node = removeAndAdvance(node, reason: .navigation, &work)
                continue
            }
            if tag != .body && tag != .a && ClassHints.matches(hint, any: ClassHints.unlikely)
                && !ClassHints.matches(hint, any: ClassHints.maybeCandidate)
                && !tree.hasAncestor(node, tagged: .table) && !tree.hasAncestor(node, tagged: .code) {
                // Cookie banners go even when a short article sends extraction round again (they never
                // hold it); the other hints (comments, sidebar, related, share) are given a second chance.
                let reason = ClassHints.reason(tag: tag, hint: hint, role: role)
                if work.flags.contains(.stripUnlikely) || reason == .cookieBanner {
                    node = removeAndAdvance(node, reason: reason, &work)
                    continue
                }
            }
            if work.flags.contains(.stripUnlikely) && tag != .body && tag != .a {
                if let role, ClassHints.unlikelyRoles.contains(role) {
                    node = removeAndAdvance(node, reason: ClassHints.reason(tag: tag, hint: hint, role: role), &work)
                    continue
                }
            }
            if [.div, .section, .header, .h1, .h2, .h3, .h4, .h5, .h6].contains(tag) && isWithoutContent(node, in: tree) {
                node = removeAndAdvance(node, reason: nil, &work)
                continue
            }
            if scoredTags.contains(tag) { work.toScore.append(node) }
            if tag == .div { node = paragraphsFromDiv(node, &work) }
            node = tree.nextElement(after: node)
        }
    }

    private static func removeAndAdvance(_ node: NodeTree.ID, reason: BoilerplateRule?, _ work: inout Workspace) -> NodeTree.ID {
        let next = work.tree.nextElement(after: node, skippingChildren: true)
        work.remove(node, reason: reason)
        return next
    }

    static func isProbablyVisible(_ node: NodeTree.ID, in tree: NodeTree) -> Bool {
        if let style = tree.attribute("style", of: node)?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return false }
        if tree.attribute("hidden", of: node) != nil { return false }
        if tree.attribute("aria-hidden", of: node) == "true" {
            return (tree.attribute("class", of: node) ?? "").contains("fallback-image")
        }
        return true
    }

    private static func isByline(_ node: NodeTree.ID, hint: String, in tree: NodeTree) -> Bool {
        let itemprop = tree.attribute("itemprop", of: node) ?? ""
        guard tree.attribute("rel", of: node) == "author" || itemprop.contains("author")
            || ClassHints.matches(hint, any: ClassHints.byline) else { return false }
        let length = tree.textContent(of: node).trimmingWhiteSpace.count
        return length > 0 && length < 100
    }

    /// A byline's text, or the `itemprop="name"` inside it, which names the author without "By".
    private static func bylineText(_ node: NodeTree.ID, in tree: NodeTree) -> String {
        let named = tree.descendants(of: node).first { tree.isElement($0) && (tree.attribute("itemprop", of: $0) ?? "").contains("name") }
        return tree.textContent(of: named ?? node).trimmingWhiteSpace
    }

    private static func isWithoutContent(_ node: NodeTree.ID, in tree: NodeTree) -> Bool {
        guard WhiteSpace.isBlank(tree.textContent(of: node)) else { return false }
        let children = tree.elementChildren(of: node)
        return children.isEmpty || children.count == tree.descendants(of: node, tagged: [.br, .hr]).count
    }

    /// Wraps runs of inline content in a `<div>` into paragraphs; a div holding one paragraph becomes that
    /// paragraph, and a div with no block inside becomes a paragraph itself.
    private static func paragraphsFromDiv(_ div: NodeTree.ID, _ work: inout Workspace) -> NodeTree.ID {
        let tree = work.tree
        var child = tree.firstChild(of: div)
        while child != NodeTree.none {
            guard work.isPhrasing(child) else {
                child = tree.nextSibling(of: child)
                continue
            }
            var run: [NodeTree.ID] = []
            while child != NodeTree.none && work.isPhrasing(child) {
                run.append(child)
                child = tree.nextSibling(of: child)
            }
            while let first = run.first, work.isWhitespace(first) { run.removeFirst() }
            while let last = run.last, work.isWhitespace(last) { run.removeLast() }
            guard !run.isEmpty else { continue }
            let paragraph = tree.makeElement("p", line: tree.line(of: run[0]))
            if child != NodeTree.none { tree.insert(paragraph, before: child) } else { tree.appendChild(paragraph, to: div) }
            for node in run { tree.appendChild(node, to: paragraph) }
        }
        if work.hasSingleChild(div, tagged: .p) && work.linkDensity(div) < 0.25 {
            let paragraph = tree.firstElementChild(of: div)
            tree.replace(div, with: paragraph)
            work.toScore.append(paragraph)
            return paragraph
        }
        if !work.hasBlockChild(div) {
            tree.setTag(.p, of: div)
            work.toScore.append(div)
        }
        return div
    }
}

extension String {
    var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !WhiteSpace.isSpace($0) }),
              let end = scalars.lastIndex(where: { !WhiteSpace.isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
