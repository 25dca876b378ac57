import DossierCore

/// What two or more articles carry: the same quotation (after normalising marks, case and trailing
/// punctuation), the same quantity (value, unit and head noun) and the same entity. Items are grouped
/// by a hash key in one pass, never compared pairwise.
enum Corroborator {
    static func corroborations(articles: [Article], quotes: [Quote], quantities: [Quantity], entities: [Entity]) -> [Corroboration] {
        let order = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        var result: [Corroboration] = []

        func add(_ kind: CorroborationKind, groups: [(text: String, items: [(id: String, article: String)])]) {
            for group in groups {
                var seen: Set<String> = []
                let carriers = group.items.map(\.article).filter { seen.insert($0).inserted }
                    .sorted { order[$0, default: .max] < order[$1, default: .max] }
                guard carriers.count >= 2 else { continue }
                result.append(Corroboration(id: "c\(result.count + 1)", kind: kind, text: group.text,
                                            articles: carriers, items: group.items.map(\.id)))
            }
        }

        add(.quote, groups: grouped(quotes, key: { normalizedQuote($0.text) }, text: \.text, id: \.id, article: \.article))
        add(.quantity, groups: grouped(quantities, key: { quantityKey($0) }, text: { $0.text }, id: \.id, article: \.article))
        let sharedEntities = entities.map { entity in
            (text: entity.name, items: entity.mentions.map { (id: entity.id, article: $0.article) })
        }
        add(.entity, groups: sharedEntities)
        return result
    }

    /// Groups in order of first appearance; an empty key keeps an item out.
    private static func grouped<T>(_ items: [T], key: (T) -> String, text: (T) -> String, id: (T) -> String,
                                   article: (T) -> String) -> [(text: String, items: [(id: String, article: String)])] {
        var index: [String: Int] = [:]
        var groups: [(text: String, items: [(id: String, article: String)])] = []
        for item in items {
            let key = key(item)
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
        let unified = text.map { char -> Character in
            // Comparing characters compares strings: skip the marks for the common ASCII ones.
            guard char.asciiValue == nil else { return char }
            return switch char {
            case "‘", "’", "‚", "‹", "›": "'"
            case "“", "”", "„", "«", "»": "\""
            default: char
            }
        }
        var result = CharacterClass.collapsingWhitespace(String(unified).lowercased())
        let edges: Set<Character> = ["'", "\"", " ", ",", ".", ";", ":", "!", "?", "…"]
        while let first = result.first, edges.contains(first) { result.removeFirst() }
        while let last = result.last, edges.contains(last) { result.removeLast() }
        return result
    }

    /// Value, unit and the head noun in the singular: "5,000 French troops" and "5,000 troops" agree.
    static func quantityKey(_ quantity: Quantity) -> String {
        var head = quantity.noun.lowercased().split(separator: " ").last.map(String.init) ?? ""
        if head.hasSuffix("ies"), head.count > 4 { head = String(head.dropLast(3)) + "y" } else if head.hasSuffix("s"), head.count > 3 { head.removeLast() }
        return "\(quantity.value)|\(quantity.unit ?? "")|\(head)"
    }
}
