// What the analysis finds. Every item carries its provenance (article and paragraph ID)
// and one stable ID that every format shows unchanged.

/// Where a fact was found: an article and one of its body blocks.
public struct Provenance: Sendable, Codable, Hashable {
    public var article: String
    public var paragraph: String

    public init(article: String, paragraph: String) {
        self.article = article
        self.paragraph = paragraph
    }

    /// `a1-p3`: the paragraph ID already names its article, and citations use it as their label.
    public var citationLabel: String { paragraph }
}

public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case person, organization, place, other
}

/// A person, organisation or place, once per packet, with every mention.
public struct Entity: Sendable, Codable, Equatable, Identifiable {
    /// `e-` and a slug of the canonical name: stable whatever the article order.
    public var id: String
    public var name: String
    public var kind: EntityKind
    public var aliases: [String]
    public var mentions: [Mention]

    public init(id: String, name: String, kind: EntityKind, aliases: [String] = [], mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
    }

    /// Mentions per article ID, in the packet's article order of first appearance.
    public var mentionCounts: [(article: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for mention in mentions {
            if counts[mention.article] == nil { order.append(mention.article) }
            counts[mention.article, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }
}

/// One place an entity is named, and the form used there.
public struct Mention: Sendable, Codable, Equatable {
    public var article: String
    public var paragraph: String
    public var text: String

    public init(article: String, paragraph: String, text: String) {
        self.article = article
        self.paragraph = paragraph
        self.text = text
    }
}

public struct Quote: Sendable, Codable, Equatable, Identifiable {
    /// `a1-q2`: article ID and order in the article.
    public var id: String
    /// The quoted words, without the surrounding marks.
    public var text: String
    /// The speaker's entity ID, or nil when the article does not say who spoke.
    public var speaker: String?
    /// True for a few words quoted inside a sentence ("called the decision 'unilateral'").
    public var partial: Bool
    public var article: String
    public var paragraph: String
    /// The ``Story`` ID of the item's article; nil in packets written before stories existed.
    public var story: String?

    public init(id: String, text: String, speaker: String?, partial: Bool, article: String, paragraph: String,
                story: String? = nil) {
        self.id = id
        self.text = text
        self.speaker = speaker
        self.partial = partial
        self.article = article
        self.paragraph = paragraph
        self.story = story
    }
}

/// A number the article states, with what it counts.
public struct Quantity: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var value: Double
    /// An ISO 4217 code for money ("USD"), "%" for percentages, nil for plain counts.
    public var unit: String?
    /// What is counted: "French troops", "peacekeepers".
    public var noun: String
    /// The words as written: "5,100 troops".
    public var text: String
    public var sentence: String
    /// True when the sentence states the number of another event (an earlier disaster recalled for
    /// comparison), so it is context rather than a fact of this story; nil otherwise.
    public var context: Bool?
    public var article: String
    public var paragraph: String
    /// The ``Story`` ID of the item's article.
    public var story: String?

    public init(id: String, value: Double, unit: String? = nil, noun: String, text: String,
                sentence: String, context: Bool? = nil, article: String, paragraph: String, story: String? = nil) {
        self.id = id
        self.value = value
        self.unit = unit
        self.noun = noun
        self.text = text
        self.sentence = sentence
        self.context = context
        self.article = article
        self.paragraph = paragraph
        self.story = story
    }
}

public enum DatePrecision: String, Sendable, Codable, CaseIterable {
    case year, month, day
    /// A month the article names without its year ("in October", "10 March"): the date is `MM`.
    case monthWithoutYear = "month-without-year"
}

public struct TimelineEvent: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the article is; `MM` for a month without its year.
    public var date: String
    public var precision: DatePrecision
    /// A one-line summary made from the sentence that dates the event.
    public var summary: String
    public var article: String
    public var paragraph: String
    /// The ``Story`` ID of the item's article.
    public var story: String?

    public init(id: String, date: String, precision: DatePrecision, summary: String, article: String, paragraph: String,
                story: String? = nil) {
        self.id = id
        self.date = date
        self.precision = precision
        self.summary = summary
        self.article = article
        self.paragraph = paragraph
        self.story = story
    }
}

public enum KeyPointScope: String, Sendable, Codable {
    /// Among the packet's 5–8 most central sentences.
    case packet
    /// Among one article's 3–5 most central sentences.
    case article
}

/// An extractive key point: a sentence of an article, ranked by how central it is.
public struct KeyPoint: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var scope: KeyPointScope
    /// 1 is the most central, within its scope.
    public var rank: Int
    public var text: String
    public var article: String
    public var paragraph: String
    /// The ``Story`` ID of the item's article.
    public var story: String?

    public init(id: String, scope: KeyPointScope, rank: Int, text: String, article: String, paragraph: String,
                story: String? = nil) {
        self.id = id
        self.scope = scope
        self.rank = rank
        self.text = text
        self.article = article
        self.paragraph = paragraph
        self.story = story
    }
}

/// One sentence of the packet's synopsis: a central sentence of an article, quoted as written.
public struct SynopsisSentence: Sendable, Codable, Equatable, Identifiable {
    /// `s1`, `s2`, … in reading order.
    public var id: String
    public var text: String
    public var article: String
    public var paragraph: String
    public var story: String?

    public init(id: String, text: String, article: String, paragraph: String, story: String? = nil) {
        self.id = id
        self.text = text
        self.article = article
        self.paragraph = paragraph
        self.story = story
    }
}

/// Articles that report the same event: one input folder, one entry of the manifest's `stories:`,
/// or articles that share names and vocabulary.
public struct Story: Sendable, Codable, Equatable, Identifiable {
    /// `st1`, `st2`, … most central first.
    public var id: String
    /// The manifest's name for it, else the headline of its most central article.
    public var title: String
    /// Article IDs in packet order.
    public var articles: [String]
    /// Groups of article IDs whose texts are near-identical copies of one wire story: each group
    /// counts as one source. Absent when the story has none.
    public var syndicated: [[String]]?

    public init(id: String, title: String, articles: [String], syndicated: [[String]]? = nil) {
        self.id = id
        self.title = title
        self.articles = articles
        self.syndicated = syndicated
    }
}

public enum CorroborationKind: String, Sendable, Codable {
    case quote, quantity, entity
}

/// Something two or more articles carry.
public struct Corroboration: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var kind: CorroborationKind
    /// The shared quote, the quantity ("5,000 French troops") or the entity's name.
    public var text: String
    /// The article IDs that carry it, in packet order.
    public var articles: [String]
    /// The IDs of the quotes, quantities or the entity that agree.
    public var items: [String]

    public init(id: String, kind: CorroborationKind, text: String, articles: [String], items: [String]) {
        self.id = id
        self.kind = kind
        self.text = text
        self.articles = articles
        self.items = items
    }
}
