/// Finds the capitalised names of an article and classifies them by their own words: a title before
/// a name makes a person, a head word ("Ministry", "Council") or a prefix ("Operation") an
/// organisation, a gazetteer entry a place. Single words are left for the packet to resolve.
struct NameFinder {
    let text: ArticleText
    /// Every word the packet writes in lower case: a capitalised word found there is a common word.
    let vocabulary: Set<String>

    static let groupNouns: Set<String> = ["group", "militia"]
    /// Geographic heads of place names no list has: "Gulf of Guinea", "Lake Victoria".
    static let placeHeads: Set<String> = ["republic", "kingdom", "strait", "gulf", "sea", "isle", "bay", "lake",
                                          "islands", "cape", "river", "mountains", "ocean", "peninsula", "desert"]
    static let joinedArticles: Set<Substring> = ["al", "el", "ad", "as", "an", "ar", "ash", "d", "l"]

    /// Words of institutions' and events' names that are never part of a person's name.
    static let institutionalWords: Set<String> = [
        "international", "national", "federal", "central", "economic", "economics", "democratic", "republican",
        "united", "royal", "islamic", "civil", "public", "social", "world", "global", "european", "african",
        "american", "asian", "street", "avenue", "road", "square", "bridge", "airport", "station", "palace",
        "hall", "stadium", "park", "war", "day", "cup", "league", "prize", "award", "act", "treaty", "accord",
        "agreement", "summit", "conference", "crisis", "revolution", "studies", "research", "science", "sciences",
        "affairs", "relations", "development", "security", "defence", "defense", "justice", "human", "rights",
    ]

    /// All-capital words that are not organisations.
    static let nonAcronyms: Set<String> = [
        "TV", "AM", "PM", "OK", "CEO", "GDP", "AI", "ID", "HIV", "AIDS", "COVID", "DNA", "II", "III", "IV", "VI",
        "PHOTO", "VIDEO", "READ", "MORE", "NEWS", "LIVE", "UPDATE", "WATCH", "MP", "MPS", "VS", "RIP", "FAQ",
    ]

    /// The tagger's names, where a rule that says what a name is does not know better. A rule's name over the
    /// same words or more ("French Ministry of Defense" over "Ministry of Defense") stands when a gazetteer, a
    /// head word, a prefix or a title made it: it carries the title, the short forms and the parent
    /// organisation the tagger does not know.
    func candidates() -> [NameCandidate] {
        let tagged = taggedCandidates()
        // Each token a tagged name covers, to its name: a rule's words find the names they overlap in their own length.
        var taggedAt: [TextPosition: Int] = [:]
        for (index, candidate) in tagged.enumerated() where candidate.inBody {
            for t in candidate.position.token...candidate.endToken {
                taggedAt[TextPosition(unit: candidate.position.unit, token: t)] = index
            }
        }
        var replaced: Set<Int> = []
        var ruled: [NameCandidate] = []
        // The rules read capitals as acronyms: in a line in capitals the tagger, trained on such lines, decides.
        var capitalsUnits: [Int: Bool] = [:]
        for rule in ruleCandidates() where Self.isSure(rule) {
            let unit = rule.position.unit
            if capitalsUnits[unit] == nil { capitalsUnits[unit] = TextShape.isAllCaps(text.units[unit].text) }
            guard capitalsUnits[unit] == false else { continue }
            let span = rule.position.token...rule.endToken
            let overlapping = Set(span.compactMap { taggedAt[TextPosition(unit: rule.position.unit, token: $0)] })
            guard overlapping.allSatisfy({
                span.contains(tagged[$0].position.token) && span.contains(tagged[$0].endToken)
            }) else { continue }
            replaced.formUnion(overlapping)
            ruled.append(rule)
        }
        let kept = tagged.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
        // Text order; the title and headings (unit -1) first, in the order they were read.
        return (kept + ruled).enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element)
    }

    /// A rule's candidate whose kind its own words prove.
    private static func isSure(_ candidate: NameCandidate) -> Bool {
        switch candidate.kind {
        case .place, .organization, .unlistedPlace: true
        case .person, .titledSurname: candidate.title != nil
        case .single, .tagged: false
        }
    }

    func ruleCandidates() -> [NameCandidate] {
        var result: [NameCandidate] = []
        for (u, unit) in text.units.enumerated() {
            let tokens = unit.tokens
            let owners = text.quotes.quoteOfToken[u]
            var t = 0
            while t < tokens.count {
                guard isNameWord(tokens, t) else { t += 1; continue }
                var run = [t]
                var end = t
                extending: while !tokens[end].isPossessive {
                    let next = end + 1
                    guard next < tokens.count, owners[next] == owners[end] else { break }
                    if isNameWord(tokens, next), tokens[next].spaced {
                        run.append(next)
                        end = next
                        continue
                    }
                    // "Mr. Smith", "St. Louis": the abbreviation's full stop stays inside the name.
                    if tokens[next].text == ".", !tokens[next].spaced, Lexicon.abbreviations.contains(tokens[end].lower),
                       next + 1 < tokens.count, isNameWord(tokens, next + 1) {
                        run.append(next + 1)
                        end = next + 1
                        continue
                    }
                    // "Charles de Gaulle", "Ministry of Defense", "Republic of the Congo".
                    let joiner = tokens[next]
                    let joins = joiner.isLowercaseWord && joiner.spaced
                        && (Lexicon.nameParticles.contains(joiner.lower)
                            || (joiner.lower == "of" && Lexicon.ofHeads.contains(tokens[end].lower))
                            || (joiner.lower == "for" && Lexicon.organizationHeads.contains(tokens[end].lower)))
                    if joins {
                        var look = next + 1
                        if joiner.lower == "of", look < tokens.count, tokens[look].lower == "the" { look += 1 }
                        if look < tokens.count, isNameWord(tokens, look), owners[look] == owners[end] {
                            run.append(contentsOf: next...look)
                            end = look
                            continue extending
                        }
                    }
                    break
                }
                result += classify(run, unit: u)
                t = end + 1
            }
        }
        return result
    }

    // MARK: - Classification

    private func classify(_ run: [Int], unit u: Int) -> [NameCandidate] {
        let tokens = text.units[u].tokens
        var run = run
        // Words capitalised only because a sentence starts with them.
        while let first = run.first, shouldStrip(tokens, first, unit: u) { run.removeFirst() }
        while let first = run.first, tokens[first].isLowercaseWord { run.removeFirst() }
        guard !run.isEmpty else { return [] }
        let words = run.map { tokens[$0].stem }
        let lowers = words.map { $0.lowercased() }
        let joined = words.joined(separator: " ")

        if let place = Gazetteer.place(named: joined) {
            return [make(.place(place), run, unit: u)]
        }
        if let titled = titledPerson(run, unit: u) { return titled }
        if let organization = organization(run, words: words, lowers: lowers, unit: u) { return [organization] }
        if run.count > 1, lowers.contains("of"), let head = lowers.firstIndex(of: "of").map({ lowers[$0 - 1] }),
           Self.placeHeads.contains(head) {
            return [make(.unlistedPlace, run, unit: u)]
        }
        // "Harbour Master Jonas Lind": capitalised common words before a two-word name are a description.
        var person = run
        while person.count > 2, vocabulary.contains(tokens[person[0]].lower) { person.removeFirst() }
        if isPersonName(person, unit: u) { return [make(.person, person, unit: u)] }
        if run.count == 1 {
            return isSingleCandidate(tokens, run[0], unit: u) ? [make(.single, run, unit: u)] : []
        }
        // A run no rule explains: its words may still be names on their own ("Paris Berlin" in a list).
        return run.filter { isSingleCandidate(tokens, $0, unit: u) }.map { make(.single, [$0], unit: u) }
    }

    /// "Russian Foreign Minister Sergey Lavrov", "US President Joe Biden", "Colonel Assimi Goita".
    private func titledPerson(_ run: [Int], unit u: Int) -> [NameCandidate]? {
        let tokens = text.units[u].tokens
        var nameStart = run.count
        while nameStart > 0 {
            let word = tokens[run[nameStart - 1]]
            let particle = Lexicon.nameParticles.contains(word.lower) && nameStart >= 2 && nameStart < run.count
            guard isNameLike(word.stem) || particle else { break }
            nameStart -= 1
        }
        guard nameStart > 0, nameStart < run.count else { return nil }
        var titleStart = nameStart
        var hasCore = false
        while titleStart > 0 {
            let lower = tokens[run[titleStart - 1]].lower
            if Lexicon.titles.contains(lower) { hasCore = true } else if !Lexicon.titleQualifiers.contains(lower) && lower != "of" { break }
            titleStart -= 1
        }
        guard hasCore, Array(run[nameStart...]).count <= 4 else { return nil }
        let nameTokens = Array(run[nameStart...])
        var person = make(nameTokens.count == 1 ? .titledSurname : .person, nameTokens, unit: u)
        person.title = run[titleStart..<nameStart].map { tokens[$0].text }.joined(separator: " ")
        var result = [person]
        // What stands before the title: a country or an organisation ("US", "UN"), or a people's adjective.
        let prefix = Array(run[..<titleStart])
        if !prefix.isEmpty {
            let prefixText = prefix.map { tokens[$0].stem }.joined(separator: " ")
            if let place = Gazetteer.place(named: prefixText) {
                result.insert(make(.place(place), prefix, unit: u), at: 0)
            } else if prefix.count == 1, isSingleCandidate(tokens, prefix[0], unit: u) {
                result.insert(make(.single, prefix, unit: u), at: 0)
            }
        }
        return result
    }

    private func organization(_ run: [Int], words: [String], lowers: [String], unit u: Int) -> NameCandidate? {
        let tokens = text.units[u].tokens
        for prefix in Lexicon.organizationPrefixes where lowers.count > prefix.count && Array(lowers.prefix(prefix.count)) == prefix {
            var candidate = make(.organization, run, unit: u)
            candidate.derivedAliases = [words.dropFirst(prefix.count).joined(separator: " ")]
            return candidate
        }
        let last = run[run.count - 1]
        // "the Wagner group": a name followed by a lower-case group noun.
        if last + 1 < tokens.count, !tokens[last].isPossessive, tokens[last + 1].spaced,
           Self.groupNouns.contains(tokens[last + 1].text) {
            let base = run.drop { Gazetteer.isDemonym(tokens[$0].stem) }
            guard !base.isEmpty else { return nil }
            var candidate = make(.organization, Array(base) + [last + 1], unit: u)
            candidate.derivedAliases = [base.map { tokens[$0].stem }.joined(separator: " ")]
            return candidate
        }
        guard run.count > 1 else { return nil }
        let hasHead = Lexicon.organizationHeads.contains(lowers[lowers.count - 1])
            || zip(lowers, lowers.dropFirst()).contains { Lexicon.organizationHeads.contains($0) && ($1 == "of" || $1 == "for") }
        let acronym = run.first { tokens[$0].isAcronym && isOrganizationAcronym(tokens[$0].text) }
        guard hasHead || acronym != nil else { return nil }
        var candidate = make(.organization, run, unit: u)
        if lowers[lowers.count - 1] == "group" { candidate.derivedAliases = [words.dropLast().joined(separator: " ")] }
        // "UN General Assembly": a body of the organisation the acronym names.
        if let acronym, acronym == run[0], run.count >= 3, hasHead {
            candidate.parent = (tokens[acronym].text, words.dropFirst().joined(separator: " "))
        }
        return candidate
    }

    private func isPersonName(_ run: [Int], unit u: Int) -> Bool {
        let tokens = text.units[u].tokens
        let words = run.map { tokens[$0].stem }
        guard (2...4).contains(words.count) else { return false }
        guard !vocabulary.contains(words[words.count - 1].lowercased()) else { return false }
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            let inner = index > 0 && index < words.count - 1
            if inner, Lexicon.nameParticles.contains(lower) { continue }
            if inner, word.count == 1, word.first!.isUppercase { continue } // an initial: "George W Bush"
            guard isNameLike(word), !Gazetteer.isDemonym(word), !Lexicon.titleQualifiers.contains(lower),
                  !Self.institutionalWords.contains(lower),
                  !Lexicon.organizationHeads.contains(lower), !Self.placeHeads.contains(lower) else { return false }
        }
        return !words.allSatisfy { Gazetteer.place(named: $0) != nil }
    }

    // MARK: - Word tests

    private func isNameWord(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        // "al-Assad", "d'Ivoire": an article joined to a capitalised name.
        if let joint = Self.firstJoint(in: token.text),
           Self.joinedArticles.contains(token.lower[..<joint]),
           token.text[token.text.index(after: joint)...].first?.isUppercase == true {
            return true
        }
        guard token.isCapitalized else { return false }
        if Lexicon.weekdays.contains(token.lower) { return false }
        if Lexicon.monthNumbers[token.lower] != nil {
            // "May" is also a name; a month is followed by a day or a year.
            let followedByNumber = index + 1 < tokens.count && tokens[index + 1].kind == .number
            return token.lower == "may" && !followedByNumber
        }
        return true
    }

    /// The first hyphen or apostrophe of a word, found by byte: this runs for every word of the packet.
    private static func firstJoint(in word: String) -> String.Index? {
        let utf8 = word.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            switch utf8[index] {
            case UInt8(ascii: "-"), UInt8(ascii: "'"):
                return index
            case 0xE2 where utf8[index...].starts(with: [0xE2, 0x80, 0x99]): // ’
                return index
            default:
                index = utf8.index(after: index)
            }
        }
        return nil
    }

    /// A word that can be part of a person's name: capitalised, with lower-case letters, not a title.
    private func isNameLike(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.contains(where: \.isLowercase) else { return false }
        let lower = word.lowercased()
        return !Lexicon.titles.contains(lower) && !Lexicon.functionWords.contains(lower)
            && Lexicon.monthNumbers[lower] == nil && !Lexicon.weekdays.contains(lower)
            && !Lexicon.organizationHeads.contains(lower)
    }

    private func shouldStrip(_ tokens: [Token], _ index: Int, unit u: Int) -> Bool {
        let token = tokens[index]
        if token.isAcronym { return false }
        if Lexicon.functionWords.contains(token.lower) { return true }
        guard text.isSentenceInitial(TextPosition(unit: u, token: index)) else { return false }
        return vocabulary.contains(token.lower) && Gazetteer.place(named: token.stem) == nil
    }

    private func isSingleCandidate(_ tokens: [Token], _ index: Int, unit u: Int) -> Bool {
        let token = tokens[index]
        let lower = token.stem.lowercased()
        if Lexicon.functionWords.contains(lower) || Lexicon.titles.contains(lower) || Gazetteer.isDemonym(token.stem) {
            return Gazetteer.place(named: token.stem) != nil
        }
        if token.isAcronym { return Gazetteer.place(named: token.text) != nil || isOrganizationAcronym(token.text) }
        if text.isSentenceInitial(TextPosition(unit: u, token: index)), vocabulary.contains(lower) {
            return Gazetteer.place(named: token.stem) != nil
        }
        return token.stem.contains(where: \.isLowercase)
    }

    private func isOrganizationAcronym(_ text: String) -> Bool {
        !Self.nonAcronyms.contains(text) && !Lexicon.currencyCodes.contains(text) && Gazetteer.place(named: text) == nil
    }

    private func make(_ kind: NameCandidate.Kind, _ run: [Int], unit u: Int) -> NameCandidate {
        let tokens = text.units[u].tokens
        let first = run[0], last = run[run.count - 1]
        var candidate = NameCandidate(kind: kind, text: run.map { tokens[$0].stem }.joined(separator: " "),
                                      position: TextPosition(unit: u, token: first), paragraph: text.units[u].paragraph,
                                      endToken: last)
        candidate.possessive = tokens[last].isPossessive
        candidate.sentenceInitial = text.isSentenceInitial(candidate.position)
        candidate.isAcronym = run.count == 1 && tokens[first].isAcronym
        candidate.speechSubject = SpeechPatterns.isSpeechSubject(tokens, start: first, end: last)
        return candidate
    }
}
