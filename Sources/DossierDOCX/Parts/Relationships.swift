import DossierXHTML

/// The relationships of one part (`document.xml.rels`, `footnotes.xml.rels`): its styles, header and
/// footer, and one per distinct hyperlink address, numbered in the order they are added.
struct Relationships {
    enum Kind: String {
        case styles, numbering, footnotes, settings, header, footer, hyperlink
        case officeDocument
        case coreProperties = "metadata/core-properties"
        case extendedProperties = "extended-properties"

        var uri: String {
            switch self {
            case .coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
            case .styles, .numbering, .footnotes, .settings, .header, .footer, .hyperlink, .officeDocument, .extendedProperties:
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + rawValue
            }
        }
    }

    private var entries: [(id: String, kind: Kind, target: String)] = []
    private var idOfLink: [String: String] = [:]

    /// Adds a relationship and returns its ID (`rId1`, `rId2`, …).
    mutating func add(_ kind: Kind, target: String) -> String {
        if kind == .hyperlink, let id = idOfLink[target] { return id }
        let id = "rId\(entries.count + 1)"
        entries.append((id, kind, target))
        if kind == .hyperlink { idOfLink[target] = id }
        return id
    }

    func xml() -> [UInt8] {
        var writer = XHTMLWriter()
        writer.raw(WordXML.declaration)
        writer.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n")
        for entry in entries {
            writer.empty("Relationship", [("Id", entry.id), ("Type", entry.kind.uri), ("Target", entry.target),
                                          ("TargetMode", entry.kind == .hyperlink ? "External" : nil)])
            writer.raw("\n")
        }
        writer.raw("</Relationships>\n")
        return writer.bytes
    }
}
