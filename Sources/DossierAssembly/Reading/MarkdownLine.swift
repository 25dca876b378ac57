import Foundation

/// What a line of a Markdown article is, from its first characters.
enum MarkdownLine: Equatable {
    case heading(level: Int, text: Substring)
    case listItem(ordered: Bool, text: Substring)
    case quote(text: Substring)
    /// `![alt](url)` alone on a line: a picture, whose text is a caption.
    case image
    case text

    init(_ line: Substring) {
        if let heading = Self.heading(line) {
            self = heading
        } else if line.first == ">" {
            self = .quote(text: line.dropFirst().drop(while: { $0 == " " }))
        } else if let item = Self.listItem(line) {
            self = item
        } else if line.hasPrefix("!["), line.hasSuffix(")"), line.contains("](") {
            self = .image
        } else {
            self = .text
        }
    }

    var isHeading: Bool {
        if case .heading = self { true } else { false }
    }

    /// The text a rule or a paragraph sees: without the heading, list or quote marker.
    func content(of line: Substring) -> Substring {
        switch self {
        case .heading(_, let text), .listItem(_, let text), .quote(let text): text
        case .image, .text: line
        }
    }

    /// "## Subhead", with optional closing hashes ("## Subhead ##").
    private static func heading(_ line: Substring) -> MarkdownLine? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.drop(while: { $0 == " " })
        while text.last == "#" { text = text.dropLast() }
        return .heading(level: hashes, text: Substring(text.trimmingCharacters(in: .whitespaces)))
    }

    /// "- item", "* item", "+ item", "1. item", "2) item".
    private static func listItem(_ line: Substring) -> MarkdownLine? {
        if let marker = line.first, "-*+".contains(marker), line.dropFirst().first == " " {
            return .listItem(ordered: false, text: line.dropFirst(2).drop(while: { $0 == " " }))
        }
        let digits = line.prefix(while: \.isASCII).prefix(while: \.isNumber)
        let rest = line.dropFirst(digits.count)
        guard (1...9).contains(digits.count), let marker = rest.first, marker == "." || marker == ")",
              rest.dropFirst().first == " " else { return nil }
        return .listItem(ordered: true, text: rest.dropFirst(2).drop(while: { $0 == " " }))
    }
}
