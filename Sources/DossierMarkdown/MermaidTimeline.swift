/// A Mermaid `timeline` diagram of the brief's events, in a fenced block that GitHub, GitLab,
/// Obsidian and MkDocs (with its Mermaid plugin) draw.
enum MermaidTimeline {
    /// Characters with a meaning in Mermaid's timeline syntax (`:` separates events, `#…;` is an
    /// entity, `%%` a comment) or in the labels it draws, written as Mermaid entity codes.
    private static let entityCoded: Set<Unicode.Scalar> = [":", ";", "#", "%", "<", ">", "&", "\"", "`", "{", "}"]

    /// The block's lines, fences included; texts must already be on one line (``BriefText/plain(_:)``).
    static func lines(title: String, events: [(date: String, summary: String)]) -> [String] {
        ["```mermaid", "timeline", "    title \(escape(title))"]
            + events.map { "    \(escape($0.date)) : \(escape($0.summary))" }
            + ["```"]
    }

    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if entityCoded.contains(scalar) {
                output += "#\(scalar.value);"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
