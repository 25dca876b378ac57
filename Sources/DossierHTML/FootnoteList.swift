import DossierBrief
import DossierCore
import DossierXHTML

/// The page's footnotes: one per cited paragraph, numbered in order of first citation. The first
/// reference to a note carries the ID its back-link returns to.
struct FootnoteList {
    private(set) var notes: [CitationNote] = []
    private var numberOfLabel: [String: Int] = [:]

    /// `<sup>` references to the first few distinct paragraphs among `sources`.
    mutating func cite(_ sources: [Provenance], articles: [String: Article], into writer: inout XHTMLWriter) {
        var seen: Set<String> = []
        let distinct = sources.filter { seen.insert($0.citationLabel).inserted }.prefix(BriefLimits.citationsPerClaim)
        guard !distinct.isEmpty else { return }
        writer.raw("<sup class=\"refs\">")
        for (index, source) in distinct.enumerated() {
            if index > 0 { writer.raw(" ") }
            let number: Int
            var id: String?
            if let known = numberOfLabel[source.citationLabel] {
                number = known
            } else {
                notes.append(CitationNote(source, articles: articles))
                number = notes.count
                numberOfLabel[source.citationLabel] = number
                id = "ref-\(number)"
            }
            writer.element("a", [("href", "#note-\(number)"), ("id", id), ("title", source.citationLabel)], text: "\(number)")
        }
        writer.raw("</sup>")
    }
}
