import DossierCore
import DossierXHTML

/// Where each article and paragraph ended up (file and fragment), filled in as chapters are written,
/// so that the overview and the appendices link to the exact part that holds a paragraph.
struct Anchors {
    private var paragraphs: [Provenance: String] = [:]
    private(set) var articleFiles: [String: String] = [:]
    /// Entity ID → the index file that holds its entry.
    var entityFiles: [String: String] = [:]

    /// Records a block; the first of two blocks with the same ID keeps the anchor.
    mutating func record(_ provenance: Provenance, file: String, fragment: String) {
        if articleFiles[provenance.article] == nil { articleFiles[provenance.article] = file }
        if paragraphs[provenance] == nil { paragraphs[provenance] = "\(file)#\(fragment)" }
    }

    mutating func recordArticle(_ article: String, file: String) {
        if articleFiles[article] == nil { articleFiles[article] = file }
    }

    /// The paragraph's anchor, else the start of its article, else nil.
    func href(_ provenance: Provenance) -> String? {
        paragraphs[provenance] ?? articleFiles[provenance.article]
    }

    /// The index file and fragment of an entity's entry.
    func entityHref(_ entity: String, anchor: String?) -> String {
        "\(entityFiles[entity] ?? IndexRenderer.firstFile)#\(anchor ?? "")"
    }

    /// `<a class="cite" href="…">a1-p3</a>`, the paragraph linked under `label` (its stable ID unless told).
    /// A provenance that names no paragraph of the book is shown as text and reported.
    func writeCitation(_ provenance: Provenance, into writer: inout XHTMLWriter, label: (Provenance) -> String = \.citationLabel) {
        writer.origin = TextOrigin(article: provenance.article, paragraph: provenance.paragraph)
        if let href = href(provenance) {
            writer.element("a", [("class", "cite"), ("href", href)], text: label(provenance))
        } else {
            writer.element("span", [("class", "cite")], text: label(provenance))
            writer.report(Diagnostic(.note, code: "epub-unknown-paragraph",
                                     "\(provenance.citationLabel): the analysis cites a paragraph that no article of the packet has, so the reading pack cannot link to it",
                                     article: provenance.article, paragraph: provenance.paragraph))
        }
    }

    /// ` a1-p1, a1-p4 ×2`: citations separated by commas (or `separator`), each followed by its `suffix`, if any.
    func writeCitations(_ provenances: [Provenance], into writer: inout XHTMLWriter, separator: String = ", ",
                        label: (Provenance) -> String = \.citationLabel, suffix: (Provenance) -> String? = { _ in nil }) {
        for (position, provenance) in provenances.enumerated() {
            writer.raw(position == 0 ? " " : separator)
            writeCitation(provenance, into: &writer, label: label)
            if let suffix = suffix(provenance) { writer.text(" " + suffix) }
        }
    }
}
