import DossierCore
import DossierXHTML

/// A file of the book as the package document lists it.
struct ManifestItem {
    var id: String
    var href: String
    var mediaType: String
    var properties: String?
    var inSpine: Bool
}

/// `META-INF/container.xml` and the package document, `content.opf`: metadata (identity, dates,
/// sources, accessibility), the manifest and the reading order.
struct PackageRenderer {
    let plan: BookPlan
    /// In reading order; items not in the spine (stylesheet, cover image, NCX) anywhere.
    let items: [ManifestItem]

    static var container: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
        <rootfiles>
        <rootfile full-path="\(BookPlan.folder)/\(BookPlan.File.package)" media-type="application/oebps-package+xml"/>
        </rootfiles>
        </container>

        """
    }

    static let accessibility: [(property: String, value: String)] = [
        ("schema:accessMode", "textual"),
        ("schema:accessMode", "visual"),
        ("schema:accessModeSufficient", "textual"),
        ("schema:accessibilityFeature", "structuralNavigation"),
        ("schema:accessibilityFeature", "tableOfContents"),
        ("schema:accessibilityFeature", "readingOrder"),
        ("schema:accessibilityFeature", "index"),
        ("schema:accessibilityFeature", "alternativeText"),
        ("schema:accessibilityHazard", "none"),
        // What the book is built to meet, and who says so (EPUB Accessibility 1.1, section 2.1).
        ("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"),
        ("a11y:certifiedBy", "Dossier"),
        ("schema:accessibilitySummary", "A text book of news articles with a table of contents, headings in order, an overview that links each fact to its source paragraph and an index of names. The drawn cover has a text alternative and repeats the title page."),
    ]

    func render() -> XHTMLWriter {
        let packet = plan.packet
        var writer = XHTMLWriter()
        writer.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\"")
        writer.attributes([("xml:lang", plan.language)])
        writer.raw(">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        metadata("dc:identifier", [("id", "pub-id")], plan.identifier, to: &writer)
        metadata("dc:title", [], plan.title, to: &writer)
        metadata("dc:language", [], plan.language, to: &writer)
        metadata("dc:date", [], packet.date.description, to: &writer)
        metadata("dc:creator", [("id", "creator")], packet.generator.displayName, to: &writer)
        metadata("meta", [("refines", "#creator"), ("property", "role"), ("scheme", "marc:relators")], "com", to: &writer)
        metadata("dc:publisher", [], packet.generator.name, to: &writer)
        metadata("dc:description", [], "A briefing of \(Wording.count(packet.articles.count, "article")) with an overview, sources and an index.", to: &writer)
        for article in packet.articles {
            if let url = article.url { metadata("dc:source", [], url, to: &writer) }
        }
        metadata("meta", [("property", "dcterms:modified")], packet.date.timestamp, to: &writer)
        for (property, value) in Self.accessibility {
            metadata("meta", [("property", property)], value, to: &writer)
        }
        // EPUB 2 readers find the cover image through this.
        writer.raw("<meta name=\"cover\" content=\"cover-image\"/>\n</metadata>\n<manifest>\n")
        for item in items {
            writer.empty("item", [("id", item.id), ("href", item.href), ("media-type", item.mediaType), ("properties", item.properties)])
            writer.raw("\n")
        }
        writer.raw("</manifest>\n<spine toc=\"ncx\">\n")
        for item in items where item.inSpine {
            writer.empty("itemref", [("idref", item.id)])
            writer.raw("\n")
        }
        writer.raw("</spine>\n</package>\n")
        return writer
    }

    private func metadata(_ tag: String, _ attributes: [(String, String?)], _ value: String, to writer: inout XHTMLWriter) {
        writer.elementLine(tag, attributes, text: value)
    }
}
