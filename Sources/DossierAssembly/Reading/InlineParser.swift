import DossierCore
import Foundation

/// Markdown inline markup to ``Inline`` values: `*em*`, `_em_`, `**strong**`, `__strong__`, `` `code` ``,
/// `[text](url)`, `![alt](url)` (its alt text) and backslash escapes. Anything unmatched stays literal text.
///
/// Linear in the text: the next closing mark of each kind is searched once and remembered until the scan
/// passes it, so a line full of unmatched `*` or `[` is not scanned again for every opener.
struct InlineParser {
    private let characters: [Character]
    /// Nesting depth beyond which markup is taken literally (each level rescans its span once).
    private static let maximumDepth = 4

    static func parse(_ text: some StringProtocol) -> [Inline] {
        let parser = InlineParser(characters: Array(text))
        return parser.parse(0..<parser.characters.count, depth: 0)
    }

    private func parse(_ range: Range<Int>, depth: Int) -> [Inline] {
        var output: [Inline] = []
        var pending = ""
        var closers = CloserCache()
        func flush() {
            if !pending.isEmpty { output.append(.text(pending)); pending = "" }
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let character = characters[index]
            if character == "\\", index + 1 < range.upperBound, characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                pending.append(characters[index + 1])
                index += 2
                continue
            }
            if let (inline, end) = markup(at: index, in: range, depth: depth, closers: &closers) {
                if case .text(let text) = inline {
                    pending += text
                } else {
                    flush()
                    output.append(inline)
                }
                index = end
                continue
            }
            pending.append(character)
            index += 1
        }
        flush()
        return output
    }

    /// The inline that starts at `index` and where it ends, or nil when the character is literal there.
    private func markup(at index: Int, in range: Range<Int>, depth: Int, closers: inout CloserCache) -> (Inline, Int)? {
        let character = characters[index]
        switch character {
        case "`":
            guard let close = closers.next(.backtick, after: index + 1, in: range, using: isBacktick) else { return nil }
            return (.code(String(characters[index + 1..<close])), close + 1)
        case "*", "_":
            guard depth < Self.maximumDepth else { return nil }
            let doubled = index + 1 < range.upperBound && characters[index + 1] == character
            let width = doubled ? 2 : 1
            guard canOpen(at: index, width: width, in: range) else { return nil }
            let kind = CloserCache.Kind.emphasis(character, width)
            let isCloser = { canClose(at: $0, mark: character, width: width, in: range) }
            guard let close = closers.next(kind, after: index + width, in: range, using: isCloser) else { return nil }
            let inner = parse(index + width..<close, depth: depth + 1)
            return (doubled ? .strong(inner) : .emphasis(inner), close + width)
        case "[", "!":
            let open = character == "!" ? index + 1 : index
            guard open < range.upperBound, characters[open] == "[", depth < Self.maximumDepth,
                  let close = closers.next(.bracket, after: open + 1, in: range, using: { characters[$0] == "]" }),
                  close + 1 < range.upperBound, characters[close + 1] == "(",
                  let end = closers.next(.parenthesis, after: close + 2, in: range, using: { characters[$0] == ")" })
            else { return nil }
            let label = parse(open + 1..<close, depth: depth + 1)
            let url = String(characters[close + 2..<end]).trimmingCharacters(in: .whitespaces)
            return (character == "!" ? .text(label.plainText) : .link(text: label, url: url), end + 1)
        default:
            return nil
        }
    }

    private func isBacktick(_ index: Int) -> Bool { characters[index] == "`" }

    /// An opening `*`/`_` is followed by text; `_` also must not sit inside a word (snake_case).
    private func canOpen(at index: Int, width: Int, in range: Range<Int>) -> Bool {
        let after = index + width
        guard after < range.upperBound, !characters[after].isWhitespace else { return false }
        let inWord = index > range.lowerBound && (characters[index - 1].isLetter || characters[index - 1].isNumber)
        return characters[index] != "_" || !inWord
    }

    /// A closing mark of exactly `width` follows text and, for `_`, ends a word.
    private func canClose(at index: Int, mark: Character, width: Int, in range: Range<Int>) -> Bool {
        guard index + width <= range.upperBound, index > range.lowerBound,
              (index..<index + width).allSatisfy({ characters[$0] == mark }),
              !characters[index - 1].isWhitespace, characters[index - 1] != mark else { return false }
        let after = index + width
        if after < range.upperBound, characters[after] == mark { return false }
        if mark == "_", after < range.upperBound, characters[after].isLetter || characters[after].isNumber { return false }
        return true
    }
}

/// The next closing position of each kind of mark within one span, remembered until the scan passes it.
private struct CloserCache {
    enum Kind: Hashable {
        case backtick, bracket, parenthesis
        case emphasis(Character, Int)
    }

    /// For each kind: the position searched from, and the closer found there (nil: none to the span's end).
    private var found: [Kind: (from: Int, at: Int?)] = [:]

    mutating func next(_ kind: Kind, after start: Int, in range: Range<Int>, using isCloser: (Int) -> Bool) -> Int? {
        if let cached = found[kind], cached.from <= start {
            guard let at = cached.at else { return nil }
            if at >= start { return at }
        }
        let at = (start..<range.upperBound).first(where: isCloser)
        found[kind] = (start, at)
        return at
    }
}
