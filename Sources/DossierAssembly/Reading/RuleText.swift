import DossierCore
import Foundation

/// A line prepared once for the rules: its plain text (markup removed), folded for matching, and its words.
struct RuleText {
    let text: String
    let folded: String
    let words: [Substring]
    /// True when every scalar of the folded text is a character of its own (``ScannedText/isOwnCharacter(_:)``):
    /// none of those is canonically equivalent to ASCII, so such a text equals an ASCII string only byte for byte.
    let comparesByBytes: Bool
    private let foldedBytes: [UInt8]
    /// Longer than any label the rules know ("explore more on these topics"), with room for spacing.
    private static let labelLimit = 80

    /// Nil for lines longer than ``TextShape/ruleLineLimit``: those are body text for every rule.
    init?(_ plain: some StringProtocol) {
        guard plain.utf8.count <= TextShape.ruleLineLimit else { return nil }
        text = String(plain)
        folded = TextShape.folded(plain)
        words = TextShape.words(separatedIn: text)
        foldedBytes = Array(folded.utf8)
        comparesByBytes = foldedBytes.withUnsafeBufferPointer { UTF8Scalars.forEachOwnCharacter(in: $0) { _, _ in } }
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

    /// The text after the first colon when what comes before it is one of `labels`.
    func value(afterLabel labels: Set<String>) -> Substring? {
        // Labels are a few words: a colon further in is not after a label, and the line need not be searched.
        let head = text.utf8.prefix(Self.labelLimit + 1)
        guard let mark = head.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = TextShape.folded(text[..<mark]).trimmingCharacters(in: .whitespaces)
        guard labels.contains(label) else { return nil }
        return text[text.index(after: mark)...].drop(while: CharacterClass.isWhitespace)
    }

    func contains(any fragments: [String]) -> Bool {
        fragments.contains(where: contains)
    }

    func contains(_ fragment: String) -> Bool {
        foldedBytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: fragment, in: $0) != nil }
    }

    func starts(with label: String) -> Bool {
        var label = label
        return label.withUTF8 { prefix in
            prefix.count <= foldedBytes.count && zip(prefix, foldedBytes).allSatisfy { $0 == $1 }
        }
    }
}
