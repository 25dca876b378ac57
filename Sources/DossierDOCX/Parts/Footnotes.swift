import DossierBrief

/// `footnotes.xml`: Word's two separators, then one footnote per citation (a Word footnote belongs
/// to one reference, so a paragraph cited twice gets two), numbered from 1 in order of reference.
struct Footnotes {
    private(set) var body = WordBody()
    private var nextID = 1

    init() {
        body.xml.raw(WordXML.declaration + "<w:footnotes \(WordXML.namespaces)>\n")
        for (type, id, mark) in [("separator", -1, "separator"), ("continuationSeparator", 0, "continuationSeparator")] {
            body.xml.raw("<w:footnote w:type=\"\(type)\" w:id=\"\(id)\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:\(mark)/></w:r></w:p></w:footnote>\n")
        }
    }

    /// Adds the footnote `“Title” (Outlet), date, paragraph a1-p3. https://…` and returns its ID.
    mutating func add(_ note: CitationNote) -> Int {
        let id = nextID
        nextID += 1
        body.xml.origin = .init(article: note.source.article, paragraph: note.source.paragraph)
        body.xml.raw("<w:footnote w:id=\"\(id)\">")
        body.startParagraph(style: "FootnoteText")
        body.xml.raw("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>")
        body.text(" " + note.text)
        if let url = note.url {
            body.text(" ")
            body.link(url, to: url)
        }
        body.endParagraph()
        body.xml.raw("</w:footnote>\n")
        return id
    }

    func bytes() -> [UInt8] {
        var xml = body.xml
        xml.raw("</w:footnotes>\n")
        return xml.bytes
    }
}
