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

    /// The citation to put right after a claim: `[^a1-p3] [^a2-p1]` (a space apart, so that two
    /// references never render as one number), ` (a1-p3, a2-p1)` or nothing. A paragraph is cited once
    /// per claim.
    mutating func cite(_ sources: [Provenance], text: BriefText) -> String {
        var seen: Set<String> = []
        let sources = sources.filter { seen.insert($0.citationLabel).inserted }.prefix(Self.maximumPerClaim)
        guard !sources.isEmpty else { return "" }
        for source in sources where labels.insert(MarkdownText.footnoteLabel(source.citationLabel)).inserted {
            cited.append(source)
        }
        switch style {
        case .footnotes:
            return sources.map { "[^\(MarkdownText.footnoteLabel($0.citationLabel))]" }.joined(separator: " ")
        case .inline:
            return " (" + sources.map { text.markdown($0.citationLabel) }.joined(separator: ", ") + ")"
        case .none:
            return ""
        }
    }

    /// One footnote definition per cited paragraph, in order of first citation, with what a reader needs
    /// to check the claim: outlet, title, date, link, and the paragraph's opening words. Each is its own
    /// block so renderers without footnotes show one per line.
    func footnotes(articles: [String: Article], text: BriefText) -> [String] {
        guard style == .footnotes else { return [] }
        return cited.map { source in
            let label = MarkdownText.footnoteLabel(source.citationLabel)
            let paragraph = text.markdown(source.citationLabel)
            guard let article = articles[source.article] else {
                return "[^\(label)]: Article \(text.markdown(source.article)), not in this packet, paragraph \(paragraph)."
            }
            var parts = [article.outlet.map(text.markdown), "“\(text.markdown(article.title))”", article.publishedDate?.description]
                .compactMap { $0 }
            if let url = article.url, let link = MarkdownText.linkDestination(url) {
                parts.append("[\(text.markdown(Self.host(url)))](\(link))")
            }
            let opening = Self.openingWords(of: source.paragraph, in: article).map { " “\(text.markdown($0))”" } ?? ""
            return "[^\(label)]: \(parts.joined(separator: ", ")); \(paragraph):\(opening)"
        }
    }

    /// The link's host, `news.example.com`, as its text: says where the link goes.
    static func host(_ url: String) -> String {
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? url[...]
        return String(afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }

    /// How many words of the cited paragraph the footnote quotes, enough to find it on the page.
    static let openingWordCount = 8

    /// The paragraph's first words, with "…" when it goes on.
    static func openingWords(of paragraph: String, in article: Article) -> String? {
        guard let block = article.body.first(where: { $0.id == paragraph }) else { return nil }
        let words = block.plainText.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        let opening = words.prefix(openingWordCount).joined(separator: " ")
        return words.count > openingWordCount ? opening + "…" : opening
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
