/// One source article after cleaning: its structure, its body and what was removed from it.
public struct Article: Sendable, Codable, Equatable, Identifiable {
    /// `a1`, `a2`, … in the sorted order of the inputs, so the same inputs give the same IDs.
    public var id: String
    /// The input path as given, relative where the input was relative.
    public var source: String
    public var title: String
    /// True when the article had no title line and ``title`` was made from its lead.
    public var titleInferred: Bool
    public var byline: String?
    /// "Reporting by …", "(Additional reporting by …; Editing by …)".
    public var credit: String?
    /// The news organisation, from front matter or a dateline such as "(Reuters)".
    public var outlet: String?
    public var dateline: String?
    public var date: PacketDate?
    /// Where ``date`` came from; nil when the article has no date.
    public var dateSource: DateSource?
    public var url: String?
    /// The article's language as a BCP 47 tag ("en", "pt-BR"), when the source declares it.
    public var language: String?
    public var tags: [String]
    /// The body in reading order. Encoded as `paragraphs` (each block has an `id` and its plain `text`).
    public var body: [Block]
    /// Lines that cleaning took out of the body, each with the rule that removed it.
    public var removed: [RemovedLine]
    /// Web pages and feeds: where each metadata field was found ("title" from "JSON-LD headline").
    public var metadataSources: [MetadataSource]?

    public init(
        id: String, source: String, title: String, titleInferred: Bool = false,
        byline: String? = nil, credit: String? = nil, outlet: String? = nil, dateline: String? = nil,
        date: PacketDate? = nil, dateSource: DateSource? = nil, url: String? = nil, language: String? = nil,
        tags: [String] = [], body: [Block] = [], removed: [RemovedLine] = []
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.titleInferred = titleInferred
        self.byline = byline
        self.credit = credit
        self.outlet = outlet
        self.dateline = dateline
        self.date = date
        self.dateSource = dateSource
        self.url = url
        self.language = language
        self.tags = tags
        self.body = body
        self.removed = removed
    }

    /// The date the article itself gives (its text, metadata or manifest entry); nil when only the
    /// packet's date stands in, which a reader must not take for a publication date.
    public var publishedDate: PacketDate? {
        dateSource == .packetDate ? nil : date
    }

    /// Number of words in the body.
    public var wordCount: Int {
        body.reduce(0) { $0 + $1.plainText.wordCount }
    }

    /// The body paragraphs (subheads, lists and block quotes excluded).
    public var paragraphs: [Paragraph] {
        body.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }

    enum CodingKeys: String, CodingKey {
        case id, source, title, titleInferred, byline, credit, outlet, dateline, date, dateSource, url, language, tags
        case body = "paragraphs"
        case removed, metadataSources
    }
}

/// Where one metadata field of a web page or feed item came from.
public struct MetadataSource: Sendable, Codable, Equatable {
    /// `title`, `byline`, `date`, `outlet`, `url`, `language`.
    public var field: String
    /// "JSON-LD headline", "meta og:title", "<title>", "RSS item <pubDate>".
    public var source: String

    public init(field: String, source: String) {
        self.field = field
        self.source = source
    }
}

/// Where an article's date was found, in the order reading trusts them.
public enum DateSource: String, Sendable, Codable, CaseIterable {
    /// The `date` key of the article's front matter.
    case frontMatter = "front-matter"
    /// The `articles:` entry of `dossier.yml`.
    case manifest
    /// Page or feed metadata: JSON-LD, OpenGraph or `article:*` meta, Dublin Core, a feed item's date.
    case metadata
    /// A publication line of the text ("Published 3 May 2021").
    case publicationLine = "publication-line"
    /// The dateline ("PARIS, May 3 (Reuters) -").
    case dateline
    /// Nothing in the article dates it: the packet's date stands in.
    case packetDate = "packet-date"
}

/// A line that cleaning removed, kept so that nothing is lost silently.
public struct RemovedLine: Sendable, Codable, Equatable {
    /// 1-based line number in the source file.
    public var line: Int
    public var text: String
    public var reason: BoilerplateRule

    public init(line: Int, text: String, reason: BoilerplateRule) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// Why a line is not part of an article's body.
public enum BoilerplateRule: String, Sendable, Codable, CaseIterable {
    case cookieBanner = "cookie-banner"
    case tagLine = "tag-line"
    case shareLine = "share-line"
    case authorBox = "author-box"
    case caption = "caption"
    case relatedStory = "related-story"
    case byline = "byline"
    case creditLine = "credit-line"
    case title = "title"
    case frontMatter = "front-matter"
    case publicationDate = "publication-date"
    case printLine = "print-line"
    case timestamp = "timestamp"
    case embeddedPost = "embedded-post"
    /// Web pages: menus, breadcrumbs, pagination.
    case navigation = "navigation"
    case advertisement = "advertisement"
    /// Web pages: reader comments and their forms.
    case comments = "comments"
    /// Web pages: headers, footers, sidebars, forms and other parts of the site around the article.
    case pageChrome = "page-chrome"

    /// A phrase for people: "cookie or consent banner".
    public var explanation: String {
        switch self {
        case .cookieBanner: "cookie or consent banner"
        case .tagLine: "tag line"
        case .shareLine: "share, subscribe, newsletter or advertisement line"
        case .authorBox: "author box"
        case .caption: "photo caption or picture counter"
        case .relatedStory: "related-story teaser"
        case .byline: "byline (kept as the article's byline)"
        case .creditLine: "credit line (kept as the article's credit)"
        case .title: "title line (kept as the article's title)"
        case .frontMatter: "front matter (kept as the article's metadata)"
        case .publicationDate: "publication date line (kept as the article's date)"
        case .printLine: "print-edition or reprint notice"
        case .timestamp: "live-blog time stamp opening a paragraph"
        case .embeddedPost: "embedded social-media post or its link"
        case .navigation: "site navigation"
        case .advertisement: "advertisement or sponsored block"
        case .comments: "reader comments"
        case .pageChrome: "page header, footer, sidebar or form"
        }
    }
}
