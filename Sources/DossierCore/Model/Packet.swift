/// A briefing packet: the articles of one build and everything the analysis found in them.
///
/// The packet is the only thing exporters see. It is a value, versioned by ``schemaVersion``,
/// and serialised as `packet.json` (see ``JSONExporter``).
public struct Packet: Sendable, Codable, Equatable {
    /// Bumped when a key is removed or its meaning changes; adding a key does not bump it.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var title: String
    /// The packet's date, which also fixes every timestamp written into the outputs.
    public var date: PacketDate
    public var generator: Generator
    public var articles: [Article]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var quantities: [Quantity]
    public var timeline: [TimelineEvent]
    public var keyPoints: [KeyPoint]
    /// Two to four central sentences of different articles that say what happened; nil in packets
    /// written before the synopsis existed.
    public var synopsis: [SynopsisSentence]?
    /// The packet's articles grouped by the event they report; nil in packets written before stories existed.
    public var stories: [Story]?
    public var corroborations: [Corroboration]
    /// Everything the build reported: skipped files, removed control characters, limits reached.
    public var diagnostics: [Diagnostic]

    public init(
        title: String,
        date: PacketDate,
        generator: Generator = .dossier,
        articles: [Article] = [],
        entities: [Entity] = [],
        quotes: [Quote] = [],
        quantities: [Quantity] = [],
        timeline: [TimelineEvent] = [],
        keyPoints: [KeyPoint] = [],
        synopsis: [SynopsisSentence]? = nil,
        stories: [Story]? = nil,
        corroborations: [Corroboration] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.title = title
        self.date = date
        self.generator = generator
        self.articles = articles
        self.entities = entities
        self.quotes = quotes
        self.quantities = quantities
        self.timeline = timeline
        self.keyPoints = keyPoints
        self.synopsis = synopsis
        self.stories = stories
        self.corroborations = corroborations
        self.diagnostics = diagnostics
    }
}

/// The program that made a packet.
public struct Generator: Sendable, Codable, Equatable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }

    public static let dossier = Generator(name: "Dossier", version: DossierVersion.current)

    /// "Dossier 0.1.0"
    public var displayName: String { "\(name) \(version)" }
}

public enum DossierVersion {
    public static let current = "0.1.0"
}
