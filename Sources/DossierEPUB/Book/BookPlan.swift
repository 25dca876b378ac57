import DossierCore
import DossierXHTML

/// What every renderer needs to know about the whole book before it writes a page: the packet,
/// the fixed file names, and the anchors of sources and entities, which are decided up front so that
/// chapters can link forward to the appendices.
struct BookPlan {
    /// The folder inside the zip that holds the package document and every content file.
    static let folder = "OEBPS"

    enum File {
        static let stylesheet = "style.css"
        static let coverImage = "cover-image.svg"
        static let cover = "cover.xhtml"
        static let titlePage = "title.xhtml"
        static let navigation = "nav.xhtml"
        static let overview = "overview.xhtml"
        static let sources = "sources.xhtml"
        static let index = "index.xhtml"
        static let ncx = "toc.ncx"
        static let package = "content.opf"
    }

    let packet: Packet
    let language: String
    /// Entity ID → display name, for quote speakers.
    let entityNames: [String: String]
    /// The quotes of each paragraph, in packet order.
    let quotesByParagraph: [Provenance: [Quote]]
    /// Article ID → XML ID of its entry in the Sources appendix.
    let sourceAnchors: [String: String]
    /// Entity ID → XML ID of its entry in the index.
    let entityAnchors: [String: String]
    /// Quote or quantity ID → its positions in the packet's quotes and quantities, for corroborations.
    let quotePositions: [String: [Int]]
    let quantityPositions: [String: [Int]]
    /// Article ID → the article, for the input path diagnostics name.
    let articlesByID: [String: Article]
    /// The `dc:identifier`, `urn:uuid:…`.
    let identifier: String

    init(packet: Packet, options: EPUBOptions) {
        self.packet = packet
        language = options.language
        entityNames = Dictionary(packet.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        quotesByParagraph = Dictionary(grouping: packet.quotes) { Provenance(article: $0.article, paragraph: $0.paragraph) }
        quotePositions = Dictionary(grouping: packet.quotes.indices) { packet.quotes[$0].id }
        quantityPositions = Dictionary(grouping: packet.quantities.indices) { packet.quantities[$0].id }
        articlesByID = Dictionary(packet.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sourceIDs = UniqueNames(reserving: ["build-notes"])
        var sourceAnchors: [String: String] = [:]
        for article in packet.articles where sourceAnchors[article.id] == nil {
            sourceAnchors[article.id] = sourceIDs.claim("source-" + article.id)
        }
        self.sourceAnchors = sourceAnchors
        var entityIDs = UniqueNames()
        var entityAnchors: [String: String] = [:]
        for entity in packet.entities where entityAnchors[entity.id] == nil {
            entityAnchors[entity.id] = entityIDs.claim(entity.id)
        }
        self.entityAnchors = entityAnchors
        identifier = Self.identifier(of: packet)
    }

    /// Derived from the packet's content, not its date, so that a rebuild of the same articles on
    /// another day keeps the book's identity (readers file bookmarks and notes under it). Blocks count
    /// by ID and length: hashing every byte of a large packet would cost as much as compressing it.
    private static func identifier(of packet: Packet) -> String {
        var parts = [packet.title]
        for article in packet.articles {
            parts += [article.id, article.source, article.title, article.url ?? ""]
            for block in article.body { parts += [block.id, String(block.plainText.utf8.count)] }
        }
        return "urn:uuid:" + StableHash.uuid(of: parts)
    }

    /// The packet's items with these IDs, in packet order, each once.
    static func items<Item>(withIDs ids: [String], in items: [Item], positions: [String: [Int]]) -> [Item] {
        Set(ids).flatMap { positions[$0] ?? [] }.sorted().map { items[$0] }
    }

    /// The book's title; a blank one would make an invalid package document.
    var title: String {
        packet.title.allSatisfy(\.isWhitespace) ? "Briefing of \(packet.date)" : packet.title
    }

    /// A citation a person can read: "Mali accuses France of…, ¶4" (the article's first words and the
    /// paragraph's number), or the stable ID when the ID does not name a paragraph position.
    func readableLabel(_ provenance: Provenance) -> String {
        guard let number = provenance.paragraphNumber, let article = articlesByID[provenance.article] else {
            return provenance.citationLabel
        }
        let words = Self.title(of: article).split(whereSeparator: \.isWhitespace)
        let short = words.count > Self.labelWords ? words.prefix(Self.labelWords).joined(separator: " ") + "…" : words.joined(separator: " ")
        return "\(short), ¶\(number)"
    }

    static let labelWords = 5

    /// The article's title, or `Article a3` when it is blank (a heading and a contents entry need words).
    static func title(of article: Article) -> String {
        article.title.allSatisfy(\.isWhitespace) ? "Article \(article.id)" : article.title
    }

    /// The document's head, with `lang` on the root, and an open `<body>`.
    func document(title: String, bodyType: String? = nil) -> XHTMLWriter {
        var writer = XHTMLWriter()
        writer.raw("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
            """)
        writer.attributes([("lang", language), ("xml:lang", language)])
        writer.raw(">\n<head>\n<meta charset=\"UTF-8\"/>\n")
        writer.element("title", text: title)
        writer.raw("\n<link rel=\"stylesheet\" type=\"text/css\" href=\"\(File.stylesheet)\"/>\n</head>\n")
        writer.start("body", [("epub:type", bodyType)])
        writer.raw("\n")
        return writer
    }
}
