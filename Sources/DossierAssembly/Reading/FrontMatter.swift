import DossierCore
import Foundation
import Yams

/// YAML front matter at the top of a file, between `---` lines: metadata that overrides what reading infers.
struct FrontMatter {
    var title: String?
    var author: String?
    var date: PacketDate?
    var url: String?
    var outlet: String?
    var tags: [String]?
    /// The lines it took, delimiters included.
    var lines: ArraySlice<SourceLine> = []
    var diagnostics: [Diagnostic] = []

    static let keys: Set<String> = ["title", "author", "date", "url", "outlet", "tags"]

    /// The front matter that opens `lines`, or nil when there is none.
    ///
    /// A first line `---` followed by a `key:` line opens front matter; it must be closed by `---` or `...`.
    static func read(_ lines: [SourceLine], path: String) throws(AssemblyError) -> FrontMatter? {
        guard let open = lines.first, open.text == "---", lines.count > 1, looksLikeKey(lines[1].text) else { return nil }
        guard let close = lines.dropFirst().firstIndex(where: { $0.text == "---" || $0.text == "..." }) else {
            throw .invalidFrontMatter(path: path, line: open.number,
                                      reason: "the '---' that opens it is never closed by another '---' line")
        }
        let yaml = lines[1..<close].map { String(repeating: " ", count: $0.indent) + $0.text }.joined(separator: "\n")
        var matter = try parse(yaml, firstLine: lines[1].number, path: path)
        matter.lines = lines[...close]
        return matter
    }

    private static func looksLikeKey(_ text: Substring) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return !text[..<colon].isEmpty && text[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "_- ".contains($0) }
    }

    private static func parse(_ yaml: String, firstLine: Int, path: String) throws(AssemblyError) -> FrontMatter {
        func failure(_ line: Int?, _ reason: String) -> AssemblyError {
            .invalidFrontMatter(path: path, line: (line ?? 1) + firstLine - 1, reason: reason)
        }
        if let violation = YAMLAliasLimit.violation(in: yaml) { throw failure(violation.line, violation.reason) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (line, reason) = describe(error)
            throw failure(line, reason)
        } catch {
            throw failure(nil, "\(error)")
        }
        guard let root else { return FrontMatter() }
        guard let mapping = root.mapping else { throw failure(root.mark?.line, "expected 'key: value' lines") }

        var matter = FrontMatter()
        for (keyNode, value) in mapping {
            let line = keyNode.mark?.line
            func require<Value>(_ parsed: Value??, _ reason: String) throws(AssemblyError) -> Value? {
                guard let parsed else { throw failure(line, reason) }
                return parsed
            }
            switch (keyNode.string ?? "").lowercased() {
            case "title": matter.title = try require(text(value), "'title' must be text")
            case "author": matter.author = try require(names(value), "'author' must be a name or a list of names")
            case "url": matter.url = try require(text(value), "'url' must be text")
            case "outlet": matter.outlet = try require(text(value), "'outlet' must be text")
            case "tags": matter.tags = try require(list(value), "'tags' must be a list or comma-separated text")
            case "date":
                let written = value.string ?? ""
                guard let date = PacketDate(String(written.prefix(10))) ?? RuleText(written).flatMap(PublicationDate.init)?.date else {
                    throw failure(line, "'date' must be a day such as 2021-09-25, got '\(written)'")
                }
                matter.date = date
            default:
                matter.diagnostics.append(Diagnostic(
                    .warning, code: "front-matter-key",
                    "front matter key '\(keyNode.string ?? "")' on line \((line ?? 1) + firstLine - 1) is not used"
                        + " (known keys: \(keys.sorted().joined(separator: ", ")))",
                    file: path))
            }
        }
        return matter
    }

    // The readers below answer nil when the node has the wrong shape, `.some(nil)` when it is empty.

    /// A scalar's text.
    private static func text(_ node: Node) -> String?? {
        guard node.scalar != nil else { return nil }
        let value = node.string?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return .some(value.isEmpty ? nil : value)
    }

    private static func names(_ node: Node) -> String?? {
        guard let items = node.sequence else { return text(node) }
        let names = items.compactMap { $0.string?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard names.count == items.count else { return nil }
        guard let last = names.last else { return .some(nil) }
        return .some(names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last)
    }

    private static func list(_ node: Node) -> [String]?? {
        let items: [String]
        if let sequence = node.sequence {
            let strings = sequence.compactMap(\.string)
            guard strings.count == sequence.count else { return nil }
            items = strings
        } else if let string = node.string {
            items = string.split(separator: ",").map(String.init)
        } else {
            return nil
        }
        return .some(items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// Where libyaml stopped (1-based line within the YAML) and why.
    private static func describe(_ error: YamlError) -> (line: Int?, reason: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (mark.line, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return (nil, "\(error)")
        }
    }
}
