/// A piece of an article's body. Closed on purpose: every exporter switches over all cases,
/// so a new kind of block cannot be dropped silently by a format that forgot it.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    /// A subhead inside the body (level 2 is the first level below the article title).
    case heading(Heading)
    /// A quoted passage set apart from the text (Markdown `>` lines).
    case blockQuote(Paragraph)
    /// A bulleted or numbered list (Markdown `-`, `*`, `1.` lines).
    case list(ListBlock)

    /// The stable ID, `a1-p3`: article ID and 1-based position in the body.
    public var id: String {
        switch self {
        case .paragraph(let paragraph), .blockQuote(let paragraph): paragraph.id
        case .heading(let heading): heading.id
        case .list(let list): list.id
        }
    }

    /// The block's text without markup; list items are joined by newlines.
    public var plainText: String {
        switch self {
        case .paragraph(let paragraph), .blockQuote(let paragraph): paragraph.text
        case .heading(let heading): heading.content.plainText
        case .list(let list): list.items.map(\.plainText).joined(separator: "\n")
        }
    }
}

/// A paragraph of running text with a stable ID.
public struct Paragraph: Sendable, Equatable, Identifiable {
    public var id: String
    public var content: [Inline]
    /// The plain text, kept beside ``content`` because analysis and every exporter read it.
    public let text: String

    public init(id: String, content: [Inline]) {
        self.id = id
        self.content = content
        self.text = content.plainText
    }

    public init(id: String, text: String) {
        self.init(id: id, content: [.text(text)])
    }
}

public struct Heading: Sendable, Equatable, Identifiable {
    public var id: String
    public var level: Int
    public var content: [Inline]

    public init(id: String, level: Int, content: [Inline]) {
        self.id = id
        self.level = level
        self.content = content
    }
}

public struct ListBlock: Sendable, Equatable, Identifiable {
    public var id: String
    public var ordered: Bool
    public var items: [[Inline]]

    public init(id: String, ordered: Bool, items: [[Inline]]) {
        self.id = id
        self.ordered = ordered
        self.items = items
    }
}
