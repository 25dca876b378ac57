import DossierBrief
import DossierCore

/// A fact's sentence shortened around its number, with the number in bold: the words that say what
/// the number belongs to, without the whole paragraph.
enum FactSentence {
    /// Markdown: `… ago it had **5,100 troops** in the region …`, or just the number in bold when the
    /// sentence does not hold the number as written.
    static func markdown(_ fact: Quantity, text: BriefText) -> String {
        let sentence = text.plain(fact.sentence), number = text.plain(fact.text)
        guard !number.isEmpty, let range = sentence.range(of: number) else { return "**\(text.markdown(fact.text))**" }
        let before = sentence[..<range.lowerBound].split(separator: " ", omittingEmptySubsequences: true)
        let after = sentence[range.upperBound...].split(separator: " ", omittingEmptySubsequences: true)
        let keptBefore = before.suffix(BriefLimits.factContextWords), keptAfter = after.prefix(BriefLimits.factContextWords)
        // A word the number is glued to ("(5,100", "troops,") stays glued.
        let gluedBefore = range.lowerBound > sentence.startIndex && sentence[sentence.index(before: range.lowerBound)] != " "
        let gluedAfter = range.upperBound < sentence.endIndex && sentence[range.upperBound] != " "
        var head = keptBefore.map { MarkdownText.escape(String($0)) }.joined(separator: " ")
        if before.count > keptBefore.count { head = "… " + head }
        var tail = keptAfter.map { MarkdownText.escape(String($0)) }.joined(separator: " ")
        if after.count > keptAfter.count { tail += " …" }
        let bold = "**\(MarkdownText.escape(number))**"
        let left = head.isEmpty ? "" : head + (gluedBefore ? "" : " ")
        let right = tail.isEmpty ? "" : (gluedAfter ? "" : " ") + tail
        return left + bold + right
    }
}
