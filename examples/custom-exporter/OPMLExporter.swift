// An in-process exporter written outside Dossier: a Swift package depends on Dossier's library
// products, defines its own `Exporter`, and registers it next to the built-ins.
//
//     var registry = ExporterRegistry.standard()
//     registry.register(.opml)
//     try PacketBuilder(registry: registry).build(request)
import DossierCore
import Foundation

/// An OPML outline of the packet (articles, each with its key points), for outliners and feed readers.
public struct OPMLExporter: Exporter {
    public let name = "opml"
    public let fileName = "outline.opml"
    public let summary = "an OPML outline of the articles and their key points"

    public init() {}

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>\(escape(packet.title))</title><dateCreated>\(packet.date)</dateCreated></head>
          <body>

        """
        for article in packet.articles {
            xml += "    <outline text=\"\(escape(article.title))\"\(article.url.map { " type=\"link\" url=\"\(escape($0))\"" } ?? "")>\n"
            for point in packet.keyPoints where point.scope == .article && point.article == article.id {
                xml += "      <outline text=\"\(escape(point.text))\"/>\n"
            }
            xml += "    </outline>\n"
        }
        xml += "  </body>\n</opml>\n"
        try xml.write(to: file, atomically: false, encoding: .utf8)
        return []
    }

    private func escape(_ text: String) -> String {
        ControlCharacters.strip(text).text
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

extension Exporter where Self == OPMLExporter {
    public static var opml: OPMLExporter { OPMLExporter() }
}
