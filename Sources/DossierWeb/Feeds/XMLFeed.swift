/// The items of an RSS or Atom feed's tree.
enum XMLFeed {
    static func items(in tree: NodeTree) -> [FeedReader.Item] {
        let root = tree.firstElementChild(of: tree.root)
        guard root != NodeTree.none else { return [] }
        switch local(tree.name(of: root)) {
        case "feed": return tree.elementChildren(of: root).filter { local(tree.name(of: $0)) == "entry" }.map { atomEntry($0, tree) }
        case "rss":
            let channel = tree.elementChildren(of: root).first { local(tree.name(of: $0)) == "channel" } ?? root
            return tree.elementChildren(of: channel).filter { local(tree.name(of: $0)) == "item" }.map { rssItem($0, tree, format: "RSS") }
        default:
            // RSS 1.0 (RDF): items are children of the root, beside the channel.
            return tree.elementChildren(of: root).filter { local(tree.name(of: $0)) == "item" }.map { rssItem($0, tree, format: "RSS 1.0") }
        }
    }

    private static func local(_ name: String) -> String {
        name.split(separator: ":").last.map { String($0).lowercased() } ?? name.lowercased()
    }

    private static func child(_ node: NodeTree.ID, _ name: String, _ tree: NodeTree) -> NodeTree.ID? {
        tree.elementChildren(of: node).first { tree.name(of: $0).lowercased() == name }
    }

    private static func text(_ node: NodeTree.ID, _ names: [String], _ tree: NodeTree) -> String? {
        for name in names {
            if let found = child(node, name, tree) {
                let value = tree.textContent(of: found).trimmingWhiteSpace
                if !value.isEmpty { return value }
            }
        }
        return nil
    }

    private static func rssItem(_ item: NodeTree.ID, _ tree: NodeTree, format: String) -> FeedReader.Item {
        let guid = child(item, "guid", tree).flatMap { tree.attribute("ispermalink", of: $0) == "false" ? nil : tree.textContent(of: $0).trimmingWhiteSpace }
        return FeedReader.Item(
            title: text(item, ["title"], tree).map(HTMLText.stripTags),
            link: text(item, ["link"], tree) ?? guid,
            author: text(item, ["dc:creator", "author"], tree),
            date: text(item, ["pubdate", "dc:date", "a10:updated"], tree),
            html: text(item, ["content:encoded", "description"], tree),
            format: format)
    }

    private static func atomEntry(_ entry: NodeTree.ID, _ tree: NodeTree) -> FeedReader.Item {
        let links = tree.elementChildren(of: entry).filter { local(tree.name(of: $0)) == "link" }
        let alternate = links.first { (tree.attribute("rel", of: $0) ?? "alternate") == "alternate" } ?? links.first
        let author = child(entry, "author", tree).flatMap { text($0, ["name"], tree) }
        return FeedReader.Item(
            title: child(entry, "title", tree).map { atomText($0, tree) }.map(HTMLText.stripTags),
            link: alternate.flatMap { tree.attribute("href", of: $0) },
            author: author,
            date: text(entry, ["published", "updated"], tree),
            html: (child(entry, "content", tree) ?? child(entry, "summary", tree)).map { atomText($0, tree) },
            format: "Atom")
    }

    /// An Atom text construct as HTML: `xhtml` content is markup already, `text` is escaped.
    private static func atomText(_ node: NodeTree.ID, _ tree: NodeTree) -> String {
        switch tree.attribute("type", of: node)?.lowercased() {
        case "xhtml": return tree.markup(ofChildren: node)
        case "html", "text/html": return tree.textContent(of: node)
        default: return HTMLText.escape(tree.textContent(of: node))
        }
    }
}
