/// Splits a run of non-blank lines into paragraphs. Hard-wrapped lines join into one paragraph; a file that
/// puts each paragraph on its own line, with no blank lines, keeps them apart.
///
/// The test is the one a reader makes: a wrapped line ends where the next word would not fit, so a line
/// after which the next word *would* have fitted ends a paragraph (or is a title or subhead).
enum ParagraphSplitter {
    /// Lines longer than this are not hard-wrapped: each is a paragraph of its own.
    static let widestWrap = 100

    /// The paragraphs as ranges of `lines`, in order.
    static func split(_ lines: [Substring]) -> [Range<Int>] {
        guard lines.count > 1 else { return lines.isEmpty ? [] : [0..<1] }
        let lengths = lines.map(\.count)
        let width = lengths.max()!
        let wrapsAfter: [Bool] = (0..<lines.count - 1).map { index in
            let nextWord = lines[index + 1].prefix { !$0.isWhitespace }.count
            return lengths[index] + 1 + nextWord > width
        }
        // Wrapped text breaks mostly mid-sentence; one paragraph a line breaks after sentences.
        let midSentenceWraps = wrapsAfter.indices.filter { wrapsAfter[$0] && !TextShape.endsSentence(lines[$0]) }.count
        let isWrapped = width <= widestWrap && midSentenceWraps * 2 >= lines.count - 1

        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<lines.count - 1 where !(isWrapped && wrapsAfter[index]) && !continuesSentence(lines, after: index) {
            ranges.append(start..<index + 1)
            start = index + 1
        }
        ranges.append(start..<lines.count)
        return ranges
    }

    /// The line stops mid-sentence and the next one goes on in lower case: one sentence across two lines.
    private static func continuesSentence(_ lines: [Substring], after index: Int) -> Bool {
        !TextShape.endsSentence(lines[index]) && lines[index + 1].first?.isLowercase == true
    }
}
