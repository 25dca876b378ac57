import DossierCore

/// Mentions per (entity, article), counted once for the Entities and Mentions sheets: one entry per
/// article an entity appears in, entities in packet order, articles in order of first mention.
struct EntityMentions {
    struct Entry {
        let entity: Int
        let article: String
        let count: Int
    }

    let entries: [Entry]
    /// The entries of each entity, indexed like the packet's entities.
    let ranges: [Range<Int>]

    init(_ entities: [Entity]) {
        var entries: [Entry] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(entities.count)
        for (index, entity) in entities.enumerated() {
            let start = entries.count
            entries.append(contentsOf: entity.mentionCounts.map { Entry(entity: index, article: $0.article, count: $0.count) })
            ranges.append(start..<entries.count)
        }
        self.entries = entries
        self.ranges = ranges
    }
}
