import Foundation

/// A line prepared once for the rules: its plain text (markup removed), folded for matching, and its words.
struct RuleText {
    let text: String
    let folded: String
    let words: [Substring]
    private let foldedBytes: [UInt8]

    /// Nil for lines longer than ``TextShape/ruleLineLimit``: those are body text for every rule.
    init?(_ plain: some StringProtocol) {
        guard plain.utf8.count <= TextShape.ruleLineLimit else { return nil }
        text = String(plain)
        folded = TextShape.folded(plain)
        words = text.split(whereSeparator: CharacterClass.isWhitespace)
        foldedBytes = Array(folded.utf8)
    }

    /// The folded text without punctuation or symbols at either end: "Share »" → "share".
    var key: Substring {
        let isEdge: (Character) -> Bool = { !CharacterClass.isLetterOrNumber($0) }
        let start = folded.firstIndex { !isEdge($0) } ?? folded.endIndex
        let end = folded.lastIndex { !isEdge($0) }.map(folded.index(after:)) ?? start
        return folded[start..<end]
    }

    /// Starts with one of the labels as whole words ("related" matches "Related: …", not "Relatedly").
    func hasLabel(_ labels: [String]) -> Bool {
        labels.contains { label in
            guard starts(with: label) else { return false }
            guard let next = folded.dropFirst(label.count).first, let end = label.last,
                  CharacterClass.isLetterOrNumber(end) else { return true }
            return !CharacterClass.isLetterOrNumber(next)
        }
    }

    /// The text after the first occurrence of `separator` when what comes before it is one of `labels`.
    func value(afterLabel labels: Set<String>, separator: Character = ":") -> Substring? {
        guard let mark = text.firstIndex(of: separator) else { return nil }
        let label = TextShape.folded(text[..<mark]).trimmingCharacters(in: .whitespaces)
        guard labels.contains(label) else { return nil }
        return text[text.index(after: mark)...].drop(while: CharacterClass.isWhitespace)
    }

    func contains(any fragments: [String]) -> Bool {
        fragments.contains(where: contains)
    }

    // The rules ask hundreds of these questions of every line, so they compare UTF-8 bytes (the fragments are
    // folded like the text): Foundation's search goes through NSString and the generic one is not specialised,
    // both many times slower.

    func contains(_ fragment: String) -> Bool {
        Self.find(fragment, in: foldedBytes, anywhere: true)
    }

    func starts(with label: String) -> Bool {
        Self.find(label, in: foldedBytes, anywhere: false)
    }

    private static func find(_ fragment: String, in bytes: [UInt8], anywhere: Bool) -> Bool {
        var fragment = fragment
        return fragment.withUTF8 { needle in
            guard let first = needle.first else { return true }
            guard needle.count <= bytes.count else { return false }
            let lastStart = anywhere ? bytes.count - needle.count : 0
            var start = 0
            while start <= lastStart {
                if bytes[start] == first, (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
                start += 1
            }
            return false
        }
    }
}
