/// One line of an article file with its 1-based number, white space trimmed at both ends.
struct SourceLine: Equatable {
    let number: Int
    let text: Substring
    /// Leading spaces (tabs count as four), which Markdown list continuations need.
    let indent: Int

    var isBlank: Bool { text.isEmpty }

    /// The lines of normalised text (LF only), in one linear pass.
    static func split(_ text: String) -> [SourceLine] {
        // Split on the byte: a line feed is always a character boundary once CR LF is gone.
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().map { index, bytes in
            let raw = text[bytes.startIndex..<bytes.endIndex]
            let start = raw.firstIndex { !$0.isWhitespace } ?? raw.endIndex
            let end = raw[start...].lastIndex { !$0.isWhitespace }.map(raw.index(after:)) ?? start
            let indent = raw[..<start].reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            return SourceLine(number: index + 1, text: raw[start..<end], indent: indent)
        }
    }
}
