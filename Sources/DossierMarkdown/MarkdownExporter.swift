import DossierCore
import Foundation

/// Front matter at the top of the brief.
public enum FrontMatterStyle: String, Sendable, CaseIterable {
    case yaml, toml, none
}

/// How claims in the brief point back to their source paragraph.
public enum CitationStyle: String, Sendable, CaseIterable {
    /// `[^a1-p3]` with a footnote naming the article and paragraph.
    case footnotes
    /// `(a1-p3)` right after the claim.
    case inline
    case none
}

public struct MarkdownOptions: Sendable {
    public var frontMatter: FrontMatterStyle
    public var citations: CitationStyle
    /// A Mustache template that replaces the built-in layout; the packet is its context.
    ///
    /// `{{name}}` writes text escaped for Markdown, not HTML: an article's `<b>` or `*` shows as
    /// written, never as markup, and no `&lt;` appears literally. `{{{name}}}` writes a value
    /// unchanged; use it only for the values marked "Markdown" below. The output gets LF line
    /// endings and one final newline. The context is built explicitly, with complete (uncapped) lists:
    /// - `title`, `date` (`YYYY-MM-DD`), `generator` ("Dossier 0.1.0"), `articleCount`
    /// - `frontMatter`: the front matter chosen by ``frontMatter`` (Markdown)
    /// - `articles`: `id`, `title`, `titleInferred`, `source`, `outlet`, `byline`, `date`, `tags`,
    ///   and `link`, the URL ready for `[…]({{{link}}})`, present only for `http`/`https` (Markdown)
    /// - `synopsis` (in order): `id`, `text`, `article`, `paragraph`, `citation`
    /// - `stories` (most central first): `id`, `title`, `articles` (article IDs)
    /// - `keyPoints` (packet-wide, most central first): `id`, `rank`, `text`, `article`, `paragraph`, `citation`
    /// - `quotes` (packet order): `id`, `text`, `speaker` (the entity's name), `partial`,
    ///   `sources` (how many articles carry it), `article`, `paragraph`, `citation`
    /// - `facts` (packet order): `id`, `value` (as written), `number`, `unit`, `what`, `sentence`,
    ///   `sources`, `article`, `paragraph`, `citation`
    /// - `timeline` (by date): `id`, `date` (as precise as known), `precision`, `summary`,
    ///   `article`, `paragraph`, `citation`
    /// - `entities` (most mentioned first): `id`, `name`, `kind`, `aliases`, `mentions`, `articles`
    /// - `footnotes`: the definitions of every footnote a `citation` refers to (Markdown)
    /// - `mermaid`: the Mermaid timeline block, when ``mermaid`` is set (Markdown)
    ///
    /// `citation` follows ``citations`` (`[^a1-p3]`, ` (a1-p3)` or nothing) and is Markdown.
    /// A value the packet lacks (an article without byline) is absent: `{{#byline}}…{{/byline}}`
    /// skips it, and it never falls back to a key of an enclosing context.
    public var template: URL?
    /// Adds a Mermaid `timeline` block after the timeline section.
    public var mermaid: Bool
    /// The most reading words of the built-in layout: all but front matter, tables and footnote
    /// definitions. 600 reads in about two minutes; what does not fit is counted and pointed to.
    public var words: Int

    public static let defaultWords = 600

    public init(frontMatter: FrontMatterStyle = .yaml, citations: CitationStyle = .footnotes,
                template: URL? = nil, mermaid: Bool = false, words: Int = MarkdownOptions.defaultWords) {
        self.frontMatter = frontMatter
        self.citations = citations
        self.template = template
        self.mermaid = mermaid
        self.words = words
    }
}

/// The wiki brief, `brief.md`: GitHub-flavoured Markdown that reads in two minutes and cites every claim.
///
/// In order, each section left out when empty: front matter, title, date and counts, the synopsis
/// (a few central sentences of different articles), key points (under each story's heading when there
/// are several stories), who said what (speakers by importance, their strongest quotes), facts (a table:
/// each number in its shortened sentence), timeline, people, organisations and places, sources (a
/// table), then the footnotes (outlet, title, date, link, the paragraph's opening words). Running text
/// keeps to ``MarkdownOptions/words``; a list that stops says how many more items `factsheet.xlsx` has
/// and on which sheet. Article text is escaped so that no renderer turns it into markup, HTML or links.
public struct MarkdownExporter: Exporter {
    public let name = "markdown"
    public let fileName = "brief.md"
    public let summary = "a one-page Markdown brief for wikis, every claim cited"
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Writes the brief section by section; throws ``MarkdownError`` when the file or the template fails.
    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        let writer = try BriefWriter(file: file)
        let diagnostics = if let template = options.template {
            try TemplateBrief(packet: packet, options: options, template: template, fileName: fileName).write(to: writer)
        } else {
            try BriefLayout(packet: packet, options: options, fileName: fileName).write(to: writer)
        }
        try writer.finish()
        return diagnostics
    }
}

extension Exporter where Self == MarkdownExporter {
    public static var markdown: MarkdownExporter { MarkdownExporter() }
    public static func markdown(_ options: MarkdownOptions) -> MarkdownExporter { MarkdownExporter(options: options) }
}
