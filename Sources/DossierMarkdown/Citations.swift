import DossierBrief
import DossierCore

/// Citations back to source paragraphs, labelled by the paragraph IDs (`a1-p3`) that the XLSX and
/// EPUB show too. In footnote style each cited paragraph is defined once, at the end of the brief.
struct Citations {
    static let maximumPerClaim = BriefLimits.citationsPerClaim

    let style: CitationStyle
    private var cited: [Provenance] = []
    private var labels: Set<String> = []

    init(style: CitationStyle) {
        self.style = style
    }

    /// The citation to put right after a claim: `[^a1-p3][^a2-p1]`, ` (a1-p3, a2-p1)` or nothing.
    mutating func cite(_ sources: [Provenance], text: BriefText) -> String {
        var seen: Set<String> = []
        let sources = sources.filter { seen.insert($0.citationLabel).inserted }.prefix(Self.maximumPerClaim)
        guard !sources.isEmpty else { return "" }
        for source in sources where labels.insert(MarkdownText.footnoteLabel(source.citationLabel)).inserted {
            cited.append(source)
        }
        switch style {
        case .footnotes:
            return sources.map { "[^\(MarkdownText.footnoteLabel($0.citationLabel))]" }.joined()
        case .inline:
            return " (" + sources.map { text.markdown($0.citationLabel) }.joined(separator: ", ") + ")"
        case .none:
            return ""
        }
    }

    /// One footnote definition per cited paragraph, in order of first citation, naming the article
    /// and the paragraph; each is its own block so renderers without footnotes show one per line.
    func footnotes(articles: [String: Article], text: BriefText) -> [String] {
        guard style == .footnotes else { return [] }
        return cited.map { source in
            let label = MarkdownText.footnoteLabel(source.citationLabel)
            let paragraph = "paragraph \(text.markdown(source.citationLabel))."
            guard let article = articles[source.article] else {
                return "[^\(label)]: Article \(text.markdown(source.article)), not in this packet, \(paragraph)"
            }
            let outlet = article.outlet.map { " (\(text.markdown($0)))" } ?? ""
            return "[^\(label)]: “\(text.markdown(article.title))”\(outlet), \(paragraph)"
        }
    }

    /// A warning for each cited article that the packet does not hold (a hand-edited packet.json).
    func missingArticles(_ articles: [String: Article], file: String) -> [Diagnostic] {
        var seen: Set<String> = []
        return cited.map(\.article).filter { articles[$0] == nil && seen.insert($0).inserted }.map { article in
            Diagnostic(.warning, code: "markdown-unknown-article",
                       "the brief cites article \(article), which is not in the packet", file: file, article: article)
        }
    }
}
