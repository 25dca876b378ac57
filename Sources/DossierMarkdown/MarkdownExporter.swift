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
    public var template: URL?
    /// Adds a Mermaid `timeline` block after the timeline section.
    public var mermaid: Bool

    public init(frontMatter: FrontMatterStyle = .yaml, citations: CitationStyle = .footnotes,
                template: URL? = nil, mermaid: Bool = false) {
        self.frontMatter = frontMatter
        self.citations = citations
        self.template = template
        self.mermaid = mermaid
    }
}

/// The wiki brief, `brief.md`: GitHub-flavoured Markdown that reads in two minutes and cites every claim.
public struct MarkdownExporter: Exporter {
    public let name = "markdown"
    public let fileName = "brief.md"
    public let summary = "brief.md: a one-page Markdown brief for wikis, every claim cited"
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        throw MarkdownError.notImplemented
    }
}

extension Exporter where Self == MarkdownExporter {
    public static var markdown: MarkdownExporter { MarkdownExporter() }
    public static func markdown(_ options: MarkdownOptions) -> MarkdownExporter { MarkdownExporter(options: options) }
}
