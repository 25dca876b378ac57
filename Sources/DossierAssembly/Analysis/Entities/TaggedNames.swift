import DossierCore

/// The names the learned tagger finds in every line of an article that holds names: the body's sentences,
/// its headings and its title.
extension NameFinder {
    /// The tagger's names in the body, then in the headings and the title (which no unit holds).
    func taggedCandidates() -> [NameCandidate] {
        let lowerVocabulary = Self.lowerVocabulary(of: text)
        var result: [NameCandidate] = []
        for (u, unit) in text.units.enumerated() {
            for range in text.sentences[u] {
                result += tagged(unit.tokens, range, in: unit.text, lowerVocabulary: lowerVocabulary) { first, last in
                    (TextPosition(unit: u, token: first), unit.paragraph,
                     SpeechPatterns.isSpeechSubject(unit.tokens, start: first, end: last))
                }
            }
        }
        for (paragraph, line) in linesOutsideUnits() {
            let tokens = Tokenizer.tokenize(line)
            result += tagged(tokens, tokens.indices, in: line, lowerVocabulary: lowerVocabulary) { first, _ in
                (TextPosition(unit: -1, token: first), paragraph, false)
            }.map { candidate in
                var outside = candidate
                outside.inBody = false
                return outside
            }
        }
        return result
    }

    /// Headings with their own IDs; the title, the dateline and the removed dateline lines ("HONG KONG 1996-08-30"), cited at the body's first block.
    private func linesOutsideUnits() -> [(paragraph: String, text: String)] {
        var lines: [(String, String)] = []
        for block in text.article.body {
            switch block {
            case .heading(let heading): lines.append((heading.id, heading.content.plainText))
            case .paragraph, .blockQuote, .list: break
            }
        }
        guard let first = text.article.body.first?.id else { return lines }
        // A headline in title case ("Government Will Soon Spend More") capitalises every word: the tagger cannot
        // tell its names from it. A headline in capitals is what the tagger was trained on.
        let title = text.article.title
        if !text.article.titleInferred, TextShape.isAllCaps(title) || !TextShape.isTitleCase(title) {
            lines.append((first, title))
        }
        if let dateline = text.article.dateline { lines.append((first, dateline)) }
        for removed in text.article.removed where Self.namingRules.contains(removed.reason) {
            lines.append((first, removed.text))
        }
        return lines
    }

    /// A byline names the reporter, not someone the story is about; a dateline line names a place.
    private static let namingRules: Set<BoilerplateRule> = [.publicationDate]

    /// The words the article writes without a capital, as the tagger's training read each document.
    static func lowerVocabulary(of text: ArticleText) -> Set<String> {
        var words: Set<String> = []
        for unit in text.units {
            for token in unit.tokens where token.isLowercase { words.insert(token.text) }
        }
        return words
    }

    /// One sentence's names, read in the words of the tagger's training text (see ``taggerWords``).
    private func tagged(_ tokens: [Token], _ range: Range<Int>, in line: String, lowerVocabulary: Set<String>,
                        place: (_ first: Int, _ last: Int) -> (TextPosition, String, Bool)) -> [NameCandidate] {
        let (words, tokensOfWord) = Self.taggerWords(tokens, range)
        return EntityTagger.spans(words, lowerVocabulary: lowerVocabulary).compactMap { span in
            let last = tokensOfWord[span.range.upperBound - 1].upperBound - 1
            // Capitalised common words the tagger is unsure of ("Breaking News", "Earth"): words the packet
            // writes in lower case elsewhere.
            if span.margin < (span.range.count == 1 ? Self.commonWordMargin * 5 / 2 : Self.commonWordMargin),
               words[span.range].allSatisfy({ vocabulary.contains($0.lowercased()) }) { return nil }
            // One word of kind other is mostly a people's adjective or a party's member ("British", "Democrat"):
            // not an entity of the briefing. Events, laws, products and works have names of several words.
            if span.kind == .other, span.range.count == 1 || NameHeads.isPeople(words[span.range]) { return nil }
            guard let (first, kind) = NameHeads.adjusted(tokens, first: tokensOfWord[span.range.lowerBound].lowerBound, last: last,
                                                         kind: span.kind) else { return nil }
            let possessive = tokens[last].isPossessive
            let end = tokens[last].start + Int32(tokens[last].stem.utf8.count)
            let name = TextShape.words(line.slice(utf8: tokens[first].start..<end)).joined(separator: " ")
            let (position, paragraph, speechSubject) = place(first, last)
            var candidate = NameCandidate(kind: Self.kind(kind, name: name, isAcronym: first == last && tokens[first].isAcronym),
                                          text: name, position: position, paragraph: paragraph, endToken: last)
            candidate.possessive = possessive
            candidate.sentenceInitial = first == range.lowerBound
            candidate.isAcronym = first == last && tokens[first].isAcronym
            candidate.speechSubject = speechSubject
            candidate.fromTagger = true
            if first > tokensOfWord[span.range.lowerBound].lowerBound {
                candidate.title = line.slice(utf8: tokens[tokensOfWord[span.range.lowerBound].lowerBound].start..<tokens[first - 1].end)
                    .split(separator: " ").joined(separator: " ")
            }
            return candidate
        }
    }

    private static func kind(_ kind: EntityKind, name: String, isAcronym: Bool) -> NameCandidate.Kind {
        // A one-word acronym is resolved as the rules resolve one: "EU" takes the European Union's name.
        // A one-word organisation the rules know ("Kremlin") is one whatever the tagger says.
        if KnownOrganizations.singleWords.contains(name) { return .organization }
        return kind == .organization && isAcronym ? .single : NameCandidate.Kind(tagged: kind, name: name)
    }

    /// The words as CoNLL-2003 writes them: straight quote marks; a possessive is two words ("Mali 's"); an initial or an
    /// abbreviation keeps its full stop ("G.", "St."); numbers and words joined by a hyphen, slash or colon
    /// with no space are one word ("1996-08-30", "6-4"). Each word with the tokens it covers.
    static func taggerWords(_ tokens: [Token], _ range: Range<Int>) -> (words: [String], tokens: [Range<Int>]) {
        var words: [String] = []
        var covered: [Range<Int>] = []
        words.reserveCapacity(range.count)
        var t = range.lowerBound
        while t < range.upperBound {
            let token = tokens[t]
            var end = t + 1
            if token.kind == .word, end < range.upperBound, tokens[end].text == ".", !tokens[end].spaced,
               token.text.count == 1 && token.startsUppercase || Lexicon.abbreviations.contains(token.lower) {
                end += 1
            } else if token.kind != .symbol {
                while end + 1 < range.upperBound, !tokens[end].spaced, !tokens[end + 1].spaced,
                      tokens[end].isSymbol(joiners), tokens[end + 1].kind != .symbol, !tokens[end - 1].isPossessive {
                    end += 2
                }
            }
            if token.isPossessive, end == t + 1 {
                words += [token.stem, "'s"]
                covered += [t..<end, t..<end]
            } else {
                let text = end == t + 1 ? token.text : String(tokens[t].text + tokens[(t + 1)..<end].map(\.text).joined())
                words.append(Self.straightQuotes[text] ?? text)
                covered.append(t..<end)
            }
            t = end
        }
        return (words, covered)
    }

    /// The lead under which a name of common words is dropped, two and a half times more for one word alone
    /// (weights are scaled by 64); chosen on CoNLL testa and the development articles, where both gain.
    static let commonWordMargin: Int32 = 600

    private static let joiners: Set<Character> = ["-", "/", ":"]

    /// The training text writes straight quote marks only.
    private static let straightQuotes: [String: String] = ["\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{2018}": "'", "\u{2019}": "'"]
}
