import DossierCore
import DossierXHTML

/// The parts made from the packet's title and date: core properties, the header and the footer,
/// and the page setup that closes the document body.
struct PageParts {
    let title: String
    let date: PacketDate
    let options: DOCXOptions

    /// Title, creator "Dossier", language, and the packet's day as created and modified time.
    var core: [UInt8] {
        var writer = XHTMLWriter()
        writer.raw(WordXML.declaration)
        writer.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n")
        writer.elementLine("dc:title", text: title)
        writer.elementLine("dc:creator", text: "Dossier")
        writer.elementLine("dc:language", text: options.language)
        for name in ["dcterms:created", "dcterms:modified"] {
            writer.elementLine(name, [("xsi:type", "dcterms:W3CDTF")], text: "\(date)T00:00:00Z")
        }
        writer.raw("</cp:coreProperties>\n")
        return writer.bytes
    }

    /// `Title · 2021-09-26` on every page.
    var header: [UInt8] {
        var body = WordBody()
        body.xml.raw(WordXML.declaration + "<w:hdr \(WordXML.namespaces)>\n")
        body.paragraph("\(title) · \(date)", style: "Header")
        body.xml.raw("</w:hdr>\n")
        return body.xml.bytes
    }

    /// `Page 3 of 7`: the only fields in the document, and none holds packet text.
    static let footer = WordXML.declaration + """
        <w:ftr \(WordXML.namespaces)>
        <w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> of </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>
        </w:ftr>

        """

    /// Width and height in twentieths of a point.
    private var pageSize: (width: Int, height: Int) {
        switch options.paper {
        case .a4: (11906, 16838)
        case .letter: (12240, 15840)
        }
    }

    /// 2 cm on every side, on both papers.
    static let margin = 1134

    /// The width between the margins, for table columns.
    var textWidth: Int { pageSize.width - 2 * Self.margin }

    func sectionProperties(header: String, footer: String) -> String {
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"\(header)\"/><w:footerReference w:type=\"default\" r:id=\"\(footer)\"/>"
            + "<w:pgSz w:w=\"\(pageSize.width)\" w:h=\"\(pageSize.height)\"/>"
            + "<w:pgMar w:top=\"\(Self.margin)\" w:right=\"\(Self.margin)\" w:bottom=\"\(Self.margin)\" w:left=\"\(Self.margin)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "</w:sectPr>"
    }
}
