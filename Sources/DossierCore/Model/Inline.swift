/// Text inside a block. Closed on purpose, like ``Block``.
public enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    /// A link as written in the source; exporters link only `http` and `https` URLs.
    case link(text: [Inline], url: String)
    case lineBreak

    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): text
        case .emphasis(let children), .strong(let children), .link(let children, _): children.plainText
        case .lineBreak: "\n"
        }
    }
}

extension Array where Element == Inline {
    /// One text run gives its own string, shared rather than copied: paragraphs keep both forms.
    public var plainText: String { count == 1 ? self[0].plainText : map(\.plainText).joined() }
}

extension StringProtocol {
    /// Words separated by white space.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in unicodeScalars {
            // ASCII first: the Unicode property lookup is slow and most article text is ASCII.
            let isSpace = scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}
