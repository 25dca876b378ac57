/// What makes a line a title or a subhead, and how a title is made from the lead when there is none.
enum TitleRules {
    /// Words an inferred title keeps when the lead's first clause is too long to use whole.
    static let inferredWords = 12
    /// The longest first clause used whole.
    static let longestClause = 16
    /// Characters an inferred title keeps at most, for leads whose words are absurdly long.
    static let longestTitle = 120

    /// A title line: short, starting with a capital, with no final full stop, comma or colon.
    static func isTitle(_ text: some StringProtocol) -> Bool {
        guard text.utf8.count <= 300, let first = text.first, !first.isLowercase,
              (1...25).contains(TextShape.words(text).count) else { return false }
        return !TextShape.endsWithPunctuation(text) || endsWithInitialism(text)
    }

    /// "… What’s Underneath N.Y.C.", "… leaves the U.S.": the full stop is the abbreviation's, not a sentence's.
    private static func endsWithInitialism(_ text: some StringProtocol) -> Bool {
        guard let last = TextShape.words(text).last, last.hasSuffix(".") else { return false }
        let letters = last.split(separator: ".")
        return letters.count >= 2 && letters.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    /// A subhead inside the body: a short line in capitals or Title Case, with no final punctuation.
    static func isSubhead(_ text: some StringProtocol) -> Bool {
        guard text.utf8.count <= 100, (1...10).contains(TextShape.words(text).count),
              !TextShape.endsWithPunctuation(text) else { return false }
        return TextShape.isAllCaps(text) || TextShape.isTitleCase(text)
    }

    /// A title from the lead: its first sentence if that is short, else the sentence's first clause
    /// (up to a comma, semicolon, colon or dash, four to sixteen words), else its first twelve words and "…".
    static func inferred(fromLead lead: String) -> String {
        var words = firstSentence(of: lead.prefix(600))
        var shortened = false
        if words.count > inferredWords {
            let clauseEnds = (3..<min(longestClause, words.count - 1)).filter { endsClause(words[$0]) || isDash(words[$0 + 1]) }
            if let clauseEnd = clauseEnds.first {
                words = Array(words[...clauseEnd])
            } else {
                words = Array(words.prefix(inferredWords))
                shortened = true
            }
        }
        var title = words.joined(separator: " ")
        while let last = title.last, ",;:.—–-".contains(last) || last.isWhitespace { title.removeLast() }
        title = String(TextShape.trimmingQuotes(balancingQuotes(title)))
        if let first = title.first, first.isLowercase { title = first.uppercased() + title.dropFirst() }
        if title.count > longestTitle {
            title = String(title.prefix(longestTitle))
            shortened = true
        }
        return shortened ? title + "…" : title
    }

    /// The words of the first sentence (abbreviations and initials do not end it).
    private static func firstSentence(of text: Substring) -> [Substring] {
        let words = TextShape.words(text)
        guard !words.isEmpty else { return [] }
        let end = words.indices.first { index in
            index >= 2 && TextShape.endsSentence(words[index]) && !isAbbreviation(words[index])
        }
        return Array(words[...(end ?? words.count - 1)])
    }

    private static func endsClause(_ word: Substring) -> Bool {
        guard let last = word.last(where: { !TextShape.quoteMarks.contains($0) }) else { return false }
        return [",", ";", ":"].contains(last)
    }

    private static func isDash(_ word: Substring) -> Bool { word == "—" || word == "–" || word == "-" || word == "--" }

    private static func isAbbreviation(_ word: Substring) -> Bool {
        let bare = word.filter { $0.isLetter || $0 == "." }
        return TextShape.isInitial(bare) || abbreviations.contains(bare.lowercased())
    }

    /// Drops double quote marks when an opening one would be left without its closing one.
    private static func balancingQuotes(_ title: String) -> String {
        let opening = title.filter { $0 == "“" }.count, closing = title.filter { $0 == "”" }.count
        let straight = title.filter { $0 == "\"" }.count
        guard opening != closing || straight % 2 == 1 else { return title }
        return title.filter { $0 != "“" && $0 != "”" && $0 != "\"" }
    }

    private static let abbreviations: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "st.", "gen.", "col.", "lt.", "sgt.", "capt.", "sen.", "rep.", "gov.", "prof.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "no.",
        "vs.", "inc.", "corp.", "ltd.", "co.", "jr.", "sr.", "u.s.", "u.n.", "u.k.", "e.g.", "i.e.",
    ]
}
