import DossierCore

/// What two or more articles carry: the same quotation (after normalising marks, case and trailing
/// punctuation), the same quantity (value, unit and head noun) and the same entity. Items are grouped
/// by a hash key in one pass, never compared pairwise.
enum Corroborator {
    static func corroborations(articles: [Article], quotes: [Quote], quantities: [Quantity], entities: [Entity]) -> [Corroboration] {
        let order = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        var result: [Corroboration] = []

        // Each group's carriers are worked out on all cores; the groups are numbered after, in order.
        func add(_ kind: CorroborationKind, groups: [(text: String, items: [(id: String, article: String)])]) {
            let shared = groups.concurrentMap { group -> (articles: [String], items: [String])? in
                var seen: Set<String> = []
                let carriers = group.items.map(\.article).filter { seen.insert($0).inserted }
                    .sorted { order[$0, default: .max] < order[$1, default: .max] }
                return carriers.count >= 2 ? (carriers, group.items.map(\.id)) : nil
            }
            for (group, carried) in zip(groups, shared) {
                guard let carried else { continue }
                result.append(Corroboration(id: "c\(result.count + 1)", kind: kind, text: group.text,
                                            articles: carried.articles, items: carried.items))
            }
        }

        add(.quote, groups: grouped(quotes, key: { normalizedQuote($0.text) }, text: \.text, id: \.id, article: \.article))
        add(.quantity, groups: grouped(quantities, key: { quantityKey($0) }, text: { $0.text }, id: \.id, article: \.article))
        let sharedEntities = entities.concurrentMap { entity in
            (text: entity.name, items: entity.mentions.map { (id: entity.id, article: $0.article) })
        }
        add(.entity, groups: sharedEntities)
        return result
    }

    /// Groups in order of first appearance; an empty key keeps an item out.
    private static func grouped<T: Sendable>(_ items: [T], key: @Sendable (T) -> String, text: (T) -> String, id: (T) -> String,
                                             article: (T) -> String) -> [(text: String, items: [(id: String, article: String)])] {
        var index: [String: Int] = [:]
        var groups: [(text: String, items: [(id: String, article: String)])] = []
        // Keys are the costly part and independent per item; the grouping after them keeps item order.
        let keys = items.concurrentMap(key)
        for (item, key) in zip(items, keys) {
            guard !key.isEmpty else { continue }
            if let existing = index[key] {
                groups[existing].items.append((id(item), article(item)))
            } else {
                index[key] = groups.count
                groups.append((text(item), [(id(item), article(item))]))
            }
        }
        return groups
    }

    /// Case-folded words without quotation marks or trailing punctuation: “Unilateral,” → unilateral.
    static func normalizedQuote(_ text: String) -> String {
        // By scalar: comparing Characters with curly marks compares strings, for every character of every quote.
        var unified = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x2039, 0x203A: unified.append("'")
            case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: unified.append("\"")
            default: unified.append(scalar)
            }
        }
        var result = Substring(CharacterClass.collapsingWhitespace(String(unified).lowercased()))
        let isEdge: (Character) -> Bool = { char in
            switch CharacterClass.scalar(char) {
            case 0x27, 0x22, 0x20, 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x2026: true
            default: false
            }
        }
        while let first = result.first, isEdge(first) { result.removeFirst() }
        while let last = result.last, isEdge(last) { result.removeLast() }
        return String(result)
    }

    /// Value, unit and the head noun in the singular: "5,000 French troops" and "5,000 troops" agree.
    static func quantityKey(_ quantity: Quantity) -> String {
        var head = quantity.noun.lowercased().split(separator: " ").last.map(String.init) ?? ""
        if head.hasSuffix("ies"), head.count > 4 { head = String(head.dropLast(3)) + "y" } else if head.hasSuffix("s"), head.count > 3 { head.removeLast() }
        return "\(quantity.value)|\(quantity.unit ?? "")|\(head)"
    }
}
