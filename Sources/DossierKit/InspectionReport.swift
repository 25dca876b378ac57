import DossierCore
import Foundation

/// The human-readable account `dossier inspect` prints of a packet's articles.
public struct InspectionReport {
    public let packet: Packet

    public init(packet: Packet) {
        self.packet = packet
    }

    public var text: String {
        var out = ""
        for article in packet.articles {
            out += "\(article.source)\n"
            out += "  title:    \(article.title)\(article.titleInferred ? "  (inferred)" : "")\n"
            out += "  byline:   \(article.byline ?? "—")\n"
            out += "  credit:   \(article.credit ?? "—")\n"
            if let dateline = article.dateline { out += "  dateline: \(dateline)\n" }
            if let outlet = article.outlet { out += "  outlet:   \(outlet)\n" }
            if let date = article.date { out += "  date:     \(date)\(article.dateSource.map { " (\(origin(of: $0)))" } ?? "")\n" }
            if let sources = article.metadataSources {
                if let url = article.url { out += "  url:      \(url)\n" }
                if let language = article.language { out += "  language: \(language)\n" }
                out += "  found in: \(sources.isEmpty ? "—" : sources.map { "\($0.field) ← \($0.source)" }.joined(separator: "; "))\n"
            }
            out += "  body:     \(article.body.count) blocks, \(article.wordCount) words\n"
            for block in article.body {
                out += "    \(block.id) \(kind(of: block)) \(excerpt(block.plainText))\n"
            }
            out += "  removed:  \(article.removed.count) \(article.metadataSources == nil ? "lines" : "parts")\n"
            for line in article.removed {
                out += "    line \(line.line) [\(line.reason.rawValue)] \(excerpt(line.text))\n"
            }
            section("quotes", packet.quotes.filter { $0.article == article.id }, into: &out) { quote in
                "\(quote.id) \(speakerName(quote.speaker)): “\(excerpt(quote.text))” (\(quote.paragraph))"
            }
            section("entities", packet.entities.filter { $0.mentions.contains { $0.article == article.id } }, into: &out) { entity in
                let count = entity.mentions.filter { $0.article == article.id }.count
                let aliases = entity.aliases.isEmpty ? "" : " aka \(entity.aliases.joined(separator: ", "))"
                return "\(entity.name) [\(entity.kind.rawValue)]\(aliases) ×\(count)"
            }
            section("numbers", packet.quantities.filter { $0.article == article.id }, into: &out) { quantity in
                "\(quantity.id) \(quantity.text) → \(number(quantity.value)) \(quantity.unit.map { "\($0) " } ?? "")\(quantity.noun) (\(quantity.paragraph))"
                    + (quantity.context == true ? " [context: another event]" : "")
            }
            section("timeline", packet.timeline.filter { $0.article == article.id }, into: &out) { event in
                "\(event.date) [\(event.precision.rawValue)] \(excerpt(event.summary)) (\(event.paragraph))"
            }
            section("key points", packet.keyPoints.filter { $0.article == article.id && $0.scope == .article }, into: &out) { point in
                "\(point.rank). \(excerpt(point.text)) (\(point.paragraph))"
            }
        }
        return out
    }

    /// Where the article's date came from, for people.
    private func origin(of source: DateSource) -> String {
        switch source {
        case .frontMatter: "from the front matter"
        case .manifest: "from dossier.yml"
        case .metadata: "from the page's metadata"
        case .publicationLine: "from the publication line"
        case .dateline: "from the dateline"
        case .packetDate: "the packet's date: nothing in the article dates it"
        }
    }

    private func section<T>(_ title: String, _ items: [T], into out: inout String, line: (T) -> String) {
        out += "  \(title): \(items.count)\n"
        for item in items { out += "    \(line(item))\n" }
    }

    private func speakerName(_ id: String?) -> String {
        guard let id else { return "(unknown speaker)" }
        return packet.entities.first { $0.id == id }?.name ?? id
    }

    private func kind(of block: Block) -> String {
        switch block {
        case .paragraph: "paragraph"
        case .heading: "heading  "
        case .blockQuote: "quote    "
        case .list: "list     "
        }
    }

    /// 5100 rather than 5100.0; fractions as they are.
    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private func excerpt(_ text: String, limit: Int = 72) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
