import Foundation
import Testing
import TestSupport

/// One markdown-it-py token, inline children flattened after their parent.
struct MarkdownToken: Decodable, Equatable {
    var type: String
    var tag: String
    /// Text tokens: their text; inline tokens: the text of their text children joined.
    var text: String
    var href: String
    /// Footnote references and definitions: the label written in the source.
    var label: String
}

/// Reads Markdown back with a real CommonMark parser (markdown-it-py with GFM tables, footnotes and
/// front matter), so tests assert what a renderer sees rather than what the exporter meant.
enum MarkdownReader {
    private static let script = #"""
    import json, sys
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
    md.validateLink = lambda url: True  # show javascript: links instead of dropping them
    out = []
    def walk(tokens):
        for t in tokens:
            children = t.children or []
            text = "".join(c.content for c in children if c.type == "text") if t.type == "inline" else t.content
            meta = t.meta or {}
            out.append({"type": t.type, "tag": t.tag, "text": text, "href": t.attrGet("href") or "",
                        "label": str(meta.get("label", ""))})
            walk(children)
    walk(md.parse(open(sys.argv[1], encoding="utf-8").read()))
    print(json.dumps(out))
    """#

    static func tokens(_ file: URL) throws -> [MarkdownToken] {
        let output = try Validators.python(script, arguments: [file.path])
        try #require(output.status == 0, "markdown-it-py failed: \(output.stderr)")
        return try JSONDecoder().decode([MarkdownToken].self, from: Data(output.stdout.utf8))
    }

    /// `#`/`##`/`###` and the heading's text, in document order.
    static func headings(_ tokens: [MarkdownToken]) -> [String] {
        zip(tokens, tokens.dropFirst()).compactMap { open, inline in
            open.type == "heading_open" ? "\(String(repeating: "#", count: Int(open.tag.dropFirst())!)) \(inline.text)" : nil
        }
    }

    /// The text of every table body row, cell by cell.
    static func tableRows(_ tokens: [MarkdownToken]) -> [[String]] {
        var rows: [[String]] = []
        var inBody = false
        for (index, token) in tokens.enumerated() {
            switch token.type {
            case "tbody_open": inBody = true
            case "tbody_close": inBody = false
            case "tr_open" where inBody: rows.append([])
            case "td_open" where inBody: rows[rows.count - 1].append(tokens[index + 1].text)
            default: break
            }
        }
        return rows
    }

    /// Runs pymarkdown with the repository's `.pymarkdown` from the repository root, as CI does.
    static func lint(_ file: URL) throws -> ProcessOutput {
        try Validators.run(["pymarkdown", "--config", ".pymarkdown", "scan", file.path], in: repositoryRoot)
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
