import DossierCore

/// The packet's quotes as CSV: one row per quote, the speaker's name, the article's title and the
/// paragraph ID, so a spreadsheet user can trace each quote back.
struct QuotesCSV {
    let packet: Packet

    var text: String {
        let names = Dictionary(uniqueKeysWithValues: packet.entities.map { ($0.id, $0.name) })
        let titles = Dictionary(uniqueKeysWithValues: packet.articles.map { ($0.id, $0.title) })
        var rows = [["id", "quote", "speaker", "article", "paragraph"]]
        for quote in packet.quotes {
            rows.append([quote.id, quote.text, quote.speaker.flatMap { names[$0] } ?? "",
                         titles[quote.article] ?? quote.article, quote.paragraph])
        }
        return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field when needed, and defuses text a spreadsheet would run as a formula.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        // Scalars, not Characters: "\r\n" is one Character, so a lone "\r" would slip through.
        guard value.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
