import DossierCore

/// The story column of every item sheet: the title of the item's story, so that a filter on it shows
/// one story's quotes, facts, events or key points.
struct StoryNames {
    static let column = Column(header: "Story", width: 30, wraps: true)

    private let titles: [String: String]

    init(_ packet: Packet) {
        titles = Dictionary((packet.stories ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    func cell(_ story: String?) -> Cell {
        .text(story.map { titles[$0] ?? $0 })
    }
}
