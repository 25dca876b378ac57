/// Why a sentence of the page cannot be a key point or a synopsis sentence: page furniture that the
/// cleaning kept, or text that is not one complete statement.
enum JunkKind: String, CaseIterable {
    /// A photo caption: a credit in parentheses at its end, or a "Photograph:" label.
    case caption
    /// A live blog's or page's time stamp leading the sentence ("12.05pm", "Feb. 21, 2019 …").
    case timeStamp
    /// A wire flash in capitals ("BREAKING: …", or mostly capital letters).
    case flash
    /// A post from a social network: a handle, a hashtag or a link to the post.
    case tweet
    /// A link to another page: a URL, "Read more:", "…, in pictures", "– video".
    case linkTeaser
    case question
    /// Not one complete sentence: starts in lower case, has no final stop, or no verb.
    case fragment
}

/// The junk rules, over the sentence as written on one line. Each rule names a pattern of page
/// structure or of English sentences, never a phrase of an article.
enum SentenceShape {
    static func junk(_ line: String) -> JunkKind? {
        let words = line.split(separator: " ")
        guard let first = words.first, let last = words.last else { return .fragment }
        if isCaption(line, last: last) { return .caption }
        if startsWithTimeStamp(words) { return .timeStamp }
        if isFlash(line, first: first) { return .flash }
        if words.contains(where: isSocialMarker) { return .tweet }
        if isLinkTeaser(line, words: words) { return .linkTeaser }
        let end = line.last { !closingMarks.contains($0) }
        if end == "?" { return .question }
        if isFragment(words, end: end) { return .fragment }
        return nil
    }

    private static let closingMarks: Set<Character> = ["”", "’", "\"", "'", ")", "]", "»"]
    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// "(AFP/Getty Images)", "(Photo: Jane Doe/Reuters)": a parenthesis closing the sentence whose words
    /// are all capitalised and that holds a slash or a credit label; or "Photograph:" anywhere.
    private static func isCaption(_ line: String, last: Substring) -> Bool {
        for label in ["Photograph:", "Photo:", "Photos:", "Picture:", "Image:", "Illustration:", "Credit:"] where line.contains(label) {
            return true
        }
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return false }
        let inside = line[line.index(after: open)..<line.index(before: line.endIndex)]
        let words = inside.split { $0 == " " || $0 == "/" }
        guard !words.isEmpty, words.count <= 6,
              words.allSatisfy({ $0.first.map { $0.isUppercase || $0.isNumber } ?? false }) else { return false }
        return inside.contains("/") || inside.contains(":")
    }

    /// "12.05pm", "09:41 GMT", "Updated 3 hours ago", or a bare date ("Feb. 21, 2019") run into the text.
    private static func startsWithTimeStamp(_ words: [Substring]) -> Bool {
        let first = words[0]
        if ["Updated", "Posted", "Published"].contains(String(first)) { return true }
        if isClockTime(first) { return true }
        guard words.count >= 4 else { return false }
        let month = first.lowercased().trimmingSuffix(".")
        guard months.contains(String(month)), words[1].last == ",", words[1].dropLast().allSatisfy(\.isNumber),
              words[2].count == 4, words[2].allSatisfy(\.isNumber) else { return false }
        return true
    }

    /// `12.05`, `9:41`, `12.05pm`, `9am`: digits, an optional `:`/`.` and two digits, an optional am/pm.
    private static func isClockTime(_ word: Substring) -> Bool {
        var rest = word.lowercased()[...]
        for suffix in ["a.m.", "p.m.", "am", "pm", ":"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            let hours = rest.prefix(while: \.isNumber)
            guard (1...2).contains(hours.count) else { return false }
            let minutes = rest.dropFirst(hours.count)
            return minutes.isEmpty || (minutes.count == 3 && (minutes.first == ":" || minutes.first == ".") && minutes.dropFirst().allSatisfy(\.isNumber))
        }
        let hours = rest.prefix(while: \.isNumber)
        let minutes = rest.dropFirst(hours.count)
        return (1...2).contains(hours.count) && minutes.count == 3 && (minutes.first == ":" || minutes.first == ".")
            && minutes.dropFirst().allSatisfy(\.isNumber)
    }

    /// Mostly capital letters, or a leading word in capitals closed by a colon or followed by a dash
    /// ("BREAKING:", "URGENT —"). A dateline ("SEOUL, South Korea —") has a comma and stays.
    private static func isFlash(_ line: String, first: Substring) -> Bool {
        var letters = 0, capitals = 0
        for character in line where character.isLetter {
            letters += 1
            if character.isUppercase { capitals += 1 }
        }
        if letters > 0, Double(capitals) > 0.6 * Double(letters) { return true }
        let word = first.trimmingSuffix(":")
        guard word.count >= 4, word.allSatisfy({ $0.isUppercase }) else { return false }
        if first.hasSuffix(":") { return true }
        let afterFirst = line.dropFirst(first.count).drop { $0 == " " }
        return afterFirst.first.map { ["—", "–", "-"].contains($0) } ?? false
    }

    /// `@handle`, `#hashtag`, or a link to a post.
    private static func isSocialMarker(_ word: Substring) -> Bool {
        if word.contains("twitter.com") || word.contains("t.co/") || word.contains("x.com/") { return true }
        guard let marker = word.first, marker == "@" || marker == "#" else { return false }
        return word.dropFirst().first.map { $0.isLetter || $0 == "_" } ?? false
    }

    private static let labelSeparators: Set<Character> = [":", "—", "–", "-", "|"]

    /// A URL, a bracketed promotion, a "Read more:" label, or a media teaser's tail (", in pictures", "– video").
    private static func isLinkTeaser(_ line: String, words: [Substring]) -> Bool {
        if words.contains(where: { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("www.") }) { return true }
        if line.hasPrefix("[") && line.hasSuffix("]") { return true }
        let lower = line.lowercased()
        for label in ["read more", "read also", "see also", "related", "watch", "listen", "click here", "sign up", "subscribe"]
        where lower.hasPrefix(label) {
            let separator = lower.dropFirst(label.count).drop { $0 == " " }.first
            if separator.map(labelSeparators.contains) ?? false { return true }
        }
        let tail = lower.reversed().drop { $0 == "." || $0 == " " }
        let trimmed = String(tail.reversed())
        for medium in ["in pictures", "in photos", "video", "live", "audio", "podcast", "gallery", "in charts"] where trimmed.hasSuffix(medium) {
            let before = trimmed.dropLast(medium.count).trimmingSuffix(" ")
            if before.last.map({ [",", "–", "—", "-", ":", "|"].contains($0) }) ?? false { return true }
        }
        return false
    }

    /// Starts in lower case (cut from a longer sentence), ends without a full stop, leaves a quotation
    /// open, or has no word that can be a verb.
    private static func isFragment(_ words: [Substring], end: Character?) -> Bool {
        guard let initial = words[0].first(where: { $0.isLetter || $0.isNumber }), !initial.isLowercase else { return true }
        guard end == "." || end == "!" else { return true }
        let text = words.joined(separator: " ")
        let opening = text.filter { $0 == "“" }.count, closing = text.filter { $0 == "”" }.count
        if opening != closing || text.filter({ $0 == "\"" }).count % 2 == 1 { return true }
        return !words.dropFirst().contains(where: mayBeVerb)
    }

    private static let verbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "shall", "should", "may", "might", "must", "said", "says", "say",
        "told", "tells", "made", "makes", "took", "takes", "gave", "gives", "went", "goes", "came", "comes",
        "got", "gets", "saw", "sees", "knew", "knows", "found", "finds", "left", "leaves", "won", "wins",
        "lost", "loses", "paid", "pays", "put", "puts", "set", "cut", "hit", "let", "ran", "runs", "began",
        "begins", "became", "becomes", "held", "holds", "brought", "brings", "fell", "falls", "rose", "rises",
        "met", "meets", "led", "leads", "sent", "sends", "spent", "spends", "built", "sold", "sells", "bought",
        "thought", "felt", "kept", "keeps", "stood", "grew", "drew", "flew", "wrote", "spoke", "chose", "broke",
    ]

    /// A known verb form, or a lower-case word with an ending verbs take ("-ed", "-es", "-s").
    private static func mayBeVerb(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        guard let initial = letters.first, initial.isLowercase else { return false }
        if verbs.contains(letters) { return true }
        return letters.count > 3 && (letters.hasSuffix("ed") || letters.hasSuffix("s"))
    }
}

private extension StringProtocol {
    func trimmingSuffix(_ suffix: String) -> SubSequence {
        hasSuffix(suffix) ? self[startIndex..<index(endIndex, offsetBy: -suffix.count)] : self[...]
    }
}
