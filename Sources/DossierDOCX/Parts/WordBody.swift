import DossierCore
import DossierXHTML

/// The namespaces and declaration every part starts with.
enum WordXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// `xmlns:w` and `xmlns:r` for a part's root element.
    static let namespaces = "xmlns:w=\"\(main)\" xmlns:r=\"\(relationships)\""
}

/// WordprocessingML paragraphs and runs of one part (the document body or the footnotes). Text from
/// the packet goes only into `<w:t>`, escaped by ``XHTMLWriter``, so it can never become a field,
/// an instruction or markup.
struct WordBody {
    var xml = XHTMLWriter()
    var relationships = Relationships()
    /// Addresses shown as text because they are not http or https.
    private(set) var unlinked: [String] = []

    /// A list item: which numbering definition of `numbering.xml` it follows.
    struct Numbering {
        static let bullets = Numbering(id: 1)
        static let numbers = Numbering(id: 2)
        var id: Int
    }

    /// Opens a paragraph; ``endParagraph()`` closes it.
    mutating func startParagraph(style: String? = nil, numbering: Numbering? = nil, keepWithNext: Bool = false) {
        xml.raw("<w:p>")
        guard style != nil || numbering != nil || keepWithNext else { return }
        xml.raw("<w:pPr>")
        if let style { xml.empty("w:pStyle", [("w:val", style)]) }
        if keepWithNext { xml.raw("<w:keepNext/>") }
        if let numbering { xml.raw("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>") }
        xml.raw("</w:pPr>")
    }

    mutating func endParagraph() {
        xml.raw("</w:p>\n")
    }

    /// A paragraph holding one run of text.
    mutating func paragraph(_ text: String, style: String? = nil, keepWithNext: Bool = false) {
        startParagraph(style: style, keepWithNext: keepWithNext)
        self.text(text)
        endParagraph()
    }

    /// One run; right-to-left text is marked so Word orders it correctly.
    mutating func text(_ text: String, style: String? = nil) {
        guard !text.isEmpty else { return }
        xml.raw("<w:r>")
        let rightToLeft = TextTraits.hasRightToLeft(text)
        if style != nil || rightToLeft {
            xml.raw("<w:rPr>")
            if let style { xml.empty("w:rStyle", [("w:val", style)]) }
            if rightToLeft { xml.raw("<w:rtl/>") }
            xml.raw("</w:rPr>")
        }
        xml.raw("<w:t xml:space=\"preserve\">")
        xml.text(text)
        xml.raw("</w:t></w:r>")
    }

    /// A hyperlink to `url` through a relationship; an address that is not http or https is shown as text.
    mutating func link(_ text: String, to url: String) {
        guard TextTraits.isLinkable(url) else {
            self.text(text)
            unlinked.append(url)
            return
        }
        let id = relationships.add(.hyperlink, target: url)
        xml.raw("<w:hyperlink r:id=\"\(id)\" w:history=\"1\">")
        self.text(text, style: "Hyperlink")
        xml.raw("</w:hyperlink>")
    }

    mutating func footnoteReference(_ id: Int) {
        xml.raw("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>")
    }
}
