import DossierCore

/// The metadata block at the top of the brief, read by MkDocs, Jekyll, Hugo, Obsidian and GitLab.
///
/// Every string is double-quoted in both styles, so no title can turn into a YAML list, boolean,
/// anchor or TOML table; the date is written bare, which YAML and TOML both read as a date.
struct FrontMatter {
    var title: String
    var date: PacketDate
    var generator: String
    var articleCount: Int
    /// The outlets, each once, in article order.
    var sources: [String]
    /// The articles' tags, each once, in article order.
    var tags: [String]

    init(packet: Packet, clean: (String) -> String) {
        title = clean(packet.title)
        date = packet.date
        generator = clean(packet.generator.displayName)
        articleCount = packet.articles.count
        sources = Self.distinct(packet.articles.compactMap(\.outlet).map(clean))
        tags = Self.distinct(packet.articles.flatMap(\.tags).map(clean))
    }

    /// The block's lines with its fences, or no line for ``FrontMatterStyle/none``.
    func lines(_ style: FrontMatterStyle) -> [String] {
        switch style {
        case .yaml:
            ["---", "title: \(Self.quoted(title))", "date: \(date)", "generator: \(Self.quoted(generator))",
             "articles: \(articleCount)"]
                + Self.yamlList("sources", sources) + Self.yamlList("tags", tags) + ["---"]
        case .toml:
            ["+++", "title = \(Self.quoted(title))", "date = \(date)", "generator = \(Self.quoted(generator))",
             "articles = \(articleCount)", "sources = \(Self.tomlArray(sources))", "tags = \(Self.tomlArray(tags))", "+++"]
        case .none:
            []
        }
    }

    private static func yamlList(_ key: String, _ values: [String]) -> [String] {
        values.isEmpty ? ["\(key): []"] : ["\(key):"] + values.map { "  - \(quoted($0))" }
    }

    private static func tomlArray(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ", ") + "]"
    }

    /// A double-quoted string valid in both YAML and TOML: backslash and quote escaped, and every
    /// control or line-separator character written as `\uXXXX`, which both formats decode.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: output += "\\\\"
            case 0x22: output += "\\\""
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                output += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    private static func distinct(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
