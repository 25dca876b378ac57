/// The words a reader reads in the brief: everything but front matter, tables and footnote
/// definitions, counted as whitespace-separated pieces that hold a letter or digit. Footnote
/// references (`[^a1-p3]`) and Markdown marks are not words.
enum ReadingWords {
    static func count(_ line: String) -> Int {
        var count = 0
        var inWord = false, wordHasText = false, inReference = false
        var previous: Character = " "
        for character in line {
            if inReference {
                if character == "]" { inReference = false }
                previous = character
                continue
            }
            if character == "^", previous == "[" {
                inReference = true
                previous = character
                continue
            }
            if character == " " {
                if inWord, wordHasText { count += 1 }
                inWord = false
                wordHasText = false
            } else {
                inWord = true
                if character.isLetter || character.isNumber { wordHasText = true }
            }
            previous = character
        }
        if inWord, wordHasText { count += 1 }
        return count
    }

    static func count(_ lines: [String]) -> Int { lines.reduce(0) { $0 + count($1) } }
}

/// The reading words still free in the brief.
struct WordBudget {
    private(set) var left: Int

    init(_ words: Int) { left = words }

    /// Takes the lines' words if they fit.
    mutating func take(_ lines: [String]) -> Bool {
        let words = ReadingWords.count(lines)
        guard words <= left else { return false }
        left -= words
        return true
    }

    /// Takes the lines' words whether they fit or not: the title and what the reader needs first.
    mutating func spend(_ lines: [String]) {
        left -= ReadingWords.count(lines)
    }
}
