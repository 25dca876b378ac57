import DossierCore

/// Finds who speaks each quotation of an article: the attribution right after it ("…,” Lavrov said),
/// a speech verb before it in its sentence ("Lavrov told reporters that …"), one later in the sentence,
/// the speaker of the quotation just before it, or the person the sentence before it is about. Pronouns
/// ("he said") go to the nearest person of their gender who was a subject or a speaker, roles ("the
/// minister") to the last person with that title, "it" to the last organisation or place; a part of a
/// name to the fuller name named before it. The person before "of"/"at" and a comma is the speaker, never
/// the organisation or place after it. When nothing fits, the speaker stays unknown.
struct SpeakerResolver {
    let text: ArticleText
    let mentions: [ResolvedMention]
    let titles: [String: [String]]

    /// How far the rules look, in tokens or units, so that cost stays linear in the text.
    static let clauseWindow = 12
    static let sentenceWindow = 60
    static let antecedentUnits = 3
    /// Mentions looked at when searching back for an antecedent or a title holder.
    static let lookBack = 400

    private enum Referent {
        case entity(String)
        case pronoun(String, TextPosition)
        case role(String, TextPosition)
    }

    private var mentionStarting: [TextPosition: Int] = [:]
    private var mentionEnding: [TextPosition: Int] = [:]
    private var subjectMentions: Set<Int> = []
    /// Speakers found so far, at the place of their quotation: antecedents for later pronouns.
    private var speakerEvents: [(position: TextPosition, entity: String, kind: EntityKind)] = []
    private let kindOf: [String: EntityKind]
    /// The gender of each person the article names with a clear given name or honorific.
    private var genderOf: [String: GivenNames.Gender] = [:]
    /// A person the article names by part of a name only ("Lee", "Te Kaurinui") to the one person whose
    /// fuller name it names holds all those words ("Lee Jae-myung", "Te Kaurinui Robert Parata").
    private var fullerPerson: [String: String] = [:]
    /// Each word of a person's name to the mentions of people whose name holds it, in text order.
    private var personMentionsByWord: [Substring: [Int]] = [:]
    /// Each quotation's first token in its start unit and last token in its end unit.
    private var firstTokens: [Int]
    private var lastTokens: [Int]

    init(text: ArticleText, mentions: [ResolvedMention], titles: [String: [String]], kinds: [String: EntityKind]) {
        self.text = text
        self.mentions = mentions
        self.titles = titles
        self.kindOf = kinds
        let quotes = text.quotes.quotes
        firstTokens = quotes.map { _ in 0 }
        lastTokens = quotes.map { text.units[$0.endUnit].tokens.count - 1 }
        var seen = Set<Int>()
        for (u, owners) in text.quotes.quoteOfToken.enumerated() {
            for (t, owner) in owners.enumerated() {
                guard let owner else { continue }
                if u == quotes[owner].startUnit, seen.insert(owner).inserted { firstTokens[owner] = t }
                if u == quotes[owner].endUnit { lastTokens[owner] = t }
            }
        }
        for mention in mentions where mention.kind == .person && genderOf[mention.entity] == nil {
            genderOf[mention.entity] = GivenNames.gender(ofPerson: mention.text)
                ?? titles[mention.entity]?.lazy.compactMap(GivenNames.gender(ofTitle:)).first
        }
        fullerPerson = Self.fullerPeople(mentions)
        for (index, mention) in mentions.enumerated() where mention.kind == .person {
            for word in Set(mention.text.split(separator: " ")) { personMentionsByWord[word, default: []].append(index) }
        }
        for (index, mention) in mentions.enumerated() {
            mentionStarting[mention.position] = index
            mentionEnding[TextPosition(unit: mention.position.unit, token: mention.endToken)] = index
        }
        for (index, mention) in mentions.enumerated() where mention.speechSubject || isSentenceSubject(mention) {
            subjectMentions.insert(index)
        }
    }

    /// The speaker's entity ID for each quotation, in order.
    /// A quotation that runs over paragraphs has one speaker: the first attribution any of its parts has.
    mutating func speakers() -> [String?] {
        let quotes = text.quotes.quotes
        var result: [String?] = []
        var first = 0
        while first < quotes.count {
            var end = first + 1
            while end < quotes.count, quotes[end].continuesPrevious { end += 1 }
            var attributed: String?
            for part in first..<end where attributed == nil { attributed = attribution(of: part, quotes[part]) }
            let speaker = (attributed ?? inherited(first, quotes[first], result) ?? introduced(first, quotes[first]))
                .map { fullerPerson[$0] ?? $0 }
            if let speaker, let kind = kindOf[speaker] {
                let start = quotes[first].startUnit
                speakerEvents.append((TextPosition(unit: start, token: firstToken(of: first, in: start)), speaker, kind))
            }
            result += repeatElement(speaker, count: end - first)
            first = end
        }
        return result
    }

    /// Only a fuller name named first counts: a full name introduces a person, a part of it refers back.
    private static func fullerPeople(_ mentions: [ResolvedMention]) -> [String: String] {
        var words: [String: Set<Substring>] = [:]
        var firstMention: [String: Int] = [:]
        for (index, mention) in mentions.enumerated() where mention.kind == .person {
            words[mention.entity, default: []].formUnion(mention.text.split(separator: " "))
            if firstMention[mention.entity] == nil { firstMention[mention.entity] = index }
        }
        // Candidates share the entity's rarest word, so the cost follows the names, not their square.
        var entitiesByWord: [Substring: Set<String>] = [:]
        for (entity, own) in words { for word in own { entitiesByWord[word, default: []].insert(entity) } }
        var fuller: [String: String] = [:]
        for (entity, own) in words {
            guard let rarest = own.min(by: { (entitiesByWord[$0]!.count, $0) < (entitiesByWord[$1]!.count, $1) }) else { continue }
            let holders = entitiesByWord[rarest]!.map { ($0, words[$0]!) }.filter {
                $0.0 != entity && $0.1.count > own.count && own.isSubset(of: $0.1) && firstMention[$0.0]! < firstMention[entity]!
            }
            // Holders that nest ("Te Kaurinui Robert", "Te Kaurinui Robert Parata") are one person: the fullest.
            guard let fullest = holders.max(by: { ($0.1.count, $1.0) < ($1.1.count, $0.0) }),
                  holders.allSatisfy({ $0.1.isSubset(of: fullest.1) }) else { continue }
            fuller[entity] = fullest.0
        }
        return fuller
    }

    // MARK: - Attribution

    private enum Attribution { case found(String?), none }

    private func attribution(of index: Int, _ quote: FoundQuote) -> String? {
        if case .found(let speaker) = tagAfter(index, quote) { return speaker }
        if case .found(let speaker) = verbBefore(index, quote) { return speaker }
        if case .found(let speaker) = verbLater(index, quote) { return speaker }
        return nil
    }

    /// "…,” Lavrov said / ,” said Lavrov / ,” read a statement from X / ,” according to X.
    private func tagAfter(_ index: Int, _ quote: FoundQuote) -> Attribution {
        let u = quote.endUnit
        let tokens = text.units[u].tokens
        var t = lastToken(of: index, in: u) + 1
        while t < tokens.count, tokens[t].isSymbol([",", "-", "–", "—"]) { t += 1 }
        guard t < tokens.count, text.quotes.quoteOfToken[u][t] == nil, !startsNextSentence(index, at: t) else { return .none }
        let sentence = text.sentence(at: TextPosition(unit: u, token: t))
        // Lower case only: right after a quotation, "State" begins "State Department", not a verb.
        if tokens[t].isLowercaseWord,
           SpeechPatterns.isSpeechVerb(tokens[t]) || SpeechPatterns.invertible.contains(tokens[t].lower) || tokens[t].lower == "according" {
            let start = tokens[t].lower == "according" ? t + 2 : t + 1
            if let referent = referent(startingAt: start, unit: u, limit: sentence.upperBound) { return .found(resolve(referent)) }
            return .none
        }
        if let (referent, end) = referentWithEnd(startingAt: t, unit: u, limit: sentence.upperBound),
           let verb = SpeechPatterns.skippingFillers(tokens, after: end), verb < sentence.upperBound,
           SpeechPatterns.isSpeechVerb(tokens[verb]) {
            return .found(resolve(referent))
        }
        return .none
    }

    /// "Lavrov told reporters that … “…”", "He said: “…”", "According to X, “…”".
    private func verbBefore(_ index: Int, _ quote: FoundQuote) -> Attribution {
        var u = quote.startUnit
        var open = firstToken(of: index, in: u)
        var sentence = text.sentence(at: TextPosition(unit: u, token: open))
        // A quotation that opens its paragraph after "… said:" takes the attribution from there.
        let opensUnit = (0..<open).allSatisfy { text.units[u].tokens[$0].kind == .symbol }
        if opensUnit, u > 0, text.units[u - 1].tokens.last?.text == ":" {
            u -= 1
            open = text.units[u].tokens.count
            sentence = text.sentences[u].last ?? 0..<0
        }
        let tokens = text.units[u].tokens
        let owners = text.quotes.quoteOfToken[u]
        var t = open - 1
        let floor = max(sentence.lowerBound, open - Self.sentenceWindow)
        while t >= floor {
            if owners[t] == nil {
                if tokens[t].lower == "according", t + 1 < tokens.count, tokens[t + 1].lower == "to",
                   let referent = referent(startingAt: t + 2, unit: u, limit: open) {
                    return .found(resolve(referent))
                }
                if SpeechPatterns.isSpeechVerb(tokens[t]) {
                    if let agent = passiveAgent(ofVerb: t, quote: index, unit: u, sentence: sentence) { return .found(resolve(agent)) }
                    return .found(subject(ofVerb: t, unit: u, sentence: sentence))
                }
            }
            t -= 1
        }
        return .none
    }

    /// "… has been described as “heartbreaking” by the conservation department": a passive speech verb
    /// names its speaker after "by".
    private func passiveAgent(ofVerb verb: Int, quote index: Int, unit u: Int, sentence: Range<Int>) -> Referent? {
        let tokens = text.units[u].tokens
        guard verb > 0, ["been", "was", "were", "is", "are", "be", "being"].contains(tokens[verb - 1].lower),
              text.quotes.quotes[index].endUnit == u else { return nil }
        let by = lastToken(of: index, in: u) + 1
        guard by < sentence.upperBound, tokens[by].lower == "by" else { return nil }
        return referent(startingAt: by + 1, unit: u, limit: sentence.upperBound)
    }

    /// "The plan is “dead on arrival” and must go, Smith said."
    private func verbLater(_ index: Int, _ quote: FoundQuote) -> Attribution {
        let u = quote.endUnit
        let tokens = text.units[u].tokens
        let owners = text.quotes.quoteOfToken[u]
        let after = lastToken(of: index, in: u) + 1
        guard after < tokens.count, !startsNextSentence(index, at: after) else { return .none }
        let sentence = text.sentence(at: TextPosition(unit: u, token: after))
        var t = after
        while t < min(sentence.upperBound, after + Self.sentenceWindow) {
            if owners[t] == nil, tokens[t].lower == "according", t + 1 < tokens.count, tokens[t + 1].lower == "to" {
                return referent(startingAt: t + 2, unit: u, limit: sentence.upperBound).map { .found(resolve($0)) } ?? .none
            }
            if owners[t] == nil, SpeechPatterns.isSpeechVerb(tokens[t]) {
                if let referent = referentEnding(before: t, unit: u, floor: after) { return .found(resolve(referent)) }
                if SpeechPatterns.invertible.contains(tokens[t].lower),
                   let referent = referent(startingAt: t + 1, unit: u, limit: sentence.upperBound) {
                    return .found(resolve(referent))
                }
                return .none
            }
            t += 1
        }
        return .none
    }

    /// A quotation that ends its sentence inside the marks with a full stop (“… roots.”) followed by a capitalised word:
    /// what follows is the next sentence, whose "X said" is a new statement, not this one's attribution.
    private func startsNextSentence(_ index: Int, at t: Int) -> Bool {
        let u = text.quotes.quotes[index].endUnit
        let tokens = text.units[u].tokens
        let last = lastToken(of: index, in: u)
        // "?” Rothman recalls" is an attribution: a question or exclamation cannot end on a comma.
        guard last > 0, tokens[last - 1].isSymbol(["."]), t < tokens.count else { return false }
        return tokens[t].isCapitalized && !Self.pronouns.contains(tokens[t].lower)
    }

    /// A quotation with no attribution of its own continues the one just before it: in the same
    /// paragraph, or in the paragraph before when it opens its own.
    private func inherited(_ index: Int, _ quote: FoundQuote, _ found: [String?]) -> String? {
        guard index > 0, !quote.partial else { return nil }
        let previous = text.quotes.quotes[index - 1]
        let start = TextPosition(unit: quote.startUnit, token: firstToken(of: index, in: quote.startUnit))
        let previousEnd = TextPosition(unit: previous.endUnit, token: lastToken(of: index - 1, in: previous.endUnit))
        // "“A,” Howard said. Campbell disagreed. “B.”": someone else, the subject of a sentence in between, takes the floor.
        if let speaker = found[index - 1], namesOtherPerson(than: speaker, after: previousEnd, before: start) { return nil }
        if previous.endUnit == quote.startUnit { return found[index - 1] }
        return previous.endUnit == quote.startUnit - 1 && start.token == 0 ? found[index - 1] : nil
    }

    private func namesOtherPerson(than entity: String, after begin: TextPosition, before end: TextPosition) -> Bool {
        var m = lastMention(before: end)
        while m >= 0, mentions[m].position > begin {
            let mention = mentions[m]
            if mention.kind == .person, subjectMentions.contains(m), mention.entity != entity, fullerPerson[mention.entity] != entity,
               !text.isInQuote(mention.position) {
                return true
            }
            m -= 1
        }
        return false
    }

    /// A quotation that is a sentence of its own with no attribution is the person the sentence before it
    /// is about ("Schultze summed up the danger with a metaphor. “It’s …”").
    private func introduced(_ index: Int, _ quote: FoundQuote) -> String? {
        guard !quote.partial else { return nil }
        let u = quote.startUnit
        let open = firstToken(of: index, in: u)
        let position = TextPosition(unit: u, token: open)
        let sentence = text.sentence(at: position)
        guard (sentence.lowerBound..<open).allSatisfy({ text.units[u].tokens[$0].kind == .symbol }) else { return nil }
        let s = Int(text.sentenceOfToken[u][open])
        let previous: (unit: Int, range: Range<Int>)? = s > 0 ? (u, text.sentences[u][s - 1])
            : u > 0 ? text.sentences[u - 1].last.map { (u - 1, $0) } : nil
        guard let previous, let subject = sentenceSubject(unit: previous.unit, sentence: previous.range).flatMap(resolve) else { return nil }
        return kindOf[subject] == .person ? subject : nil
    }

    // MARK: - Subjects and referents

    /// The subject of the speech verb at `verb`: the name just before it, the name in an apposition
    /// ("Lavrov, the foreign minister, said"), the name just after an inverted verb, or the sentence's subject.
    private func subject(ofVerb verb: Int, unit u: Int, sentence: Range<Int>) -> String? {
        let tokens = text.units[u].tokens
        let owners = text.quotes.quoteOfToken[u]
        if let referent = referentEnding(before: verb, unit: u, floor: sentence.lowerBound), let speaker = resolve(referent) {
            return personBefore(ofOrPlace: speaker, endingBefore: verb, unit: u, floor: sentence.lowerBound) ?? speaker
        }
        var t = verb - 1
        while t >= sentence.lowerBound, SpeechPatterns.isFiller(tokens[t]) { t -= 1 }
        if t > sentence.lowerBound, tokens[t].text == ",", owners[t] == nil {
            // "…,” he added, saying that …": the participle shares the subject of the verb before it.
            if SpeechPatterns.isSpeechVerb(tokens[t - 1]), owners[t - 1] == nil {
                return subject(ofVerb: t - 1, unit: u, sentence: sentence)
            }
            // "Han urged Yoon to go, telling reporters …": a participle after a comma shares the clause's subject.
            if tokens[verb].lower.hasSuffix("ing") { return sentenceSubject(unit: u, sentence: sentence).flatMap(resolve) }
            // "The EU, which trains troops through its mission, has warned": the name before the relative clause.
            if let relative = (sentence.lowerBound..<t).first(where: { tokens[$0].text == "," && owners[$0] == nil && $0 + 1 < verb
                && ["who", "which"].contains(tokens[$0 + 1].lower) }),
               let referent = referentEnding(at: relative - 1, unit: u), let speaker = resolve(referent) {
                return speaker
            }
            // "Lavrov, the foreign minister, said".
            var comma = t - 1
            while comma > max(sentence.lowerBound, t - Self.clauseWindow), tokens[comma].text != "," || owners[comma] != nil { comma -= 1 }
            if tokens[comma].text == ",", owners[comma] == nil, let referent = referentEnding(at: comma - 1, unit: u),
               let speaker = resolve(referent) {
                return speaker
            }
        }
        if SpeechPatterns.invertible.contains(tokens[verb].lower),
           let referent = referent(startingAt: verb + 1, unit: u, limit: sentence.upperBound), let speaker = resolve(referent) {
            return speaker
        }
        return sentenceSubject(unit: u, sentence: sentence).flatMap(resolve)
    }

    /// "Nick Van den Brul of BNP Paribas described", "Senator Mitch McConnell of Kentucky called": the
    /// organisation or place after "of" / "at" / "from" says where the person before it works or comes from.
    private func personBefore(ofOrPlace entity: String, endingBefore verb: Int, unit u: Int, floor: Int) -> String? {
        guard kindOf[entity] != .person else { return nil }
        let tokens = text.units[u].tokens
        var t = verb - 1
        while t >= floor, SpeechPatterns.isFiller(tokens[t]) { t -= 1 }
        guard t >= floor, let index = mentionEnding[TextPosition(unit: u, token: t)] else { return nil }
        var before = mentions[index].position.token - 1
        if before >= floor, Self.determiners.contains(tokens[before].lower) { before -= 1 }
        guard before > floor, ["of", "at", "from"].contains(tokens[before].lower),
              let person = mentionEnding[TextPosition(unit: u, token: before - 1)], mentions[person].kind == .person else { return nil }
        return mentions[person].entity
    }

    private func referentEnding(before verb: Int, unit u: Int, floor: Int) -> Referent? {
        let tokens = text.units[u].tokens
        var t = verb - 1
        while t >= floor, SpeechPatterns.isFiller(tokens[t]) { t -= 1 }
        return t >= floor ? referentEnding(at: t, unit: u) : nil
    }

    private func referentEnding(at t: Int, unit u: Int) -> Referent? {
        guard t >= 0 else { return nil }
        let tokens = text.units[u].tokens
        let position = TextPosition(unit: u, token: t)
        if let index = mentionEnding[position], !mentions[index].possessive { return .entity(mentions[index].entity) }
        if let person = earlierPerson(namedBy: t, unit: u) { return .entity(person) }
        if Self.pronouns.contains(tokens[t].lower) { return .pronoun(tokens[t].lower, position) }
        if isRoleNoun(tokens[t]) {
            var d = t - 1
            while d >= max(0, t - 4), tokens[d].kind == .word, !Self.determiners.contains(tokens[d].lower) { d -= 1 }
            if d >= 0, Self.determiners.contains(tokens[d].lower) { return .role(tokens[t].lower, position) }
        }
        return nil
    }

    private func referent(startingAt t: Int, unit u: Int, limit: Int) -> Referent? {
        referentWithEnd(startingAt: t, unit: u, limit: limit)?.referent
    }

    /// A name, a pronoun, "the minister", or an organisation speaking through someone or something:
    /// "a statement from the ministry", "a spokesman for the ministry".
    private func referentWithEnd(startingAt start: Int, unit u: Int, limit: Int) -> (referent: Referent, end: Int)? {
        let tokens = text.units[u].tokens
        guard start < min(limit, tokens.count) else { return nil }
        if let index = mentionStarting[TextPosition(unit: u, token: start)] {
            let person = personAfterDescription(from: mentions[index].endToken + 1, unit: u, limit: limit)
            return (.entity(mentions[person ?? index].entity), mentions[person ?? index].endToken)
        }
        if let person = earlierPerson(namedBy: start, unit: u) { return (.entity(person), start) }
        if Self.pronouns.contains(tokens[start].lower) { return (.pronoun(tokens[start].lower, TextPosition(unit: u, token: start)), start) }
        // "said nurse Lea Moreau", "said the Kenyan Foreign Ministry": a name after a determiner or a
        // lower-case description.
        var name = start
        while name < min(limit, start + 4),
              isWordBeforeName(tokens[name]) || name > start && tokens[name].isSymbol(["."]) && Lexicon.titles.contains(tokens[name - 1].lower) {
            if let index = mentionStarting[TextPosition(unit: u, token: name + 1)], !mentions[index].possessive {
                return (.entity(mentions[index].entity), mentions[index].endToken)
            }
            name += 1
        }
        guard Self.determiners.contains(tokens[start].lower) else { return nil }
        var t = start + 1
        while t < min(limit, start + 5), tokens[t].kind == .word {
            if Lexicon.proxyNouns.contains(tokens[t].lower), t + 2 < tokens.count,
               ["from", "for", "of", "at", "by"].contains(tokens[t + 1].lower) {
                var name = t + 2
                if Self.determiners.contains(tokens[name].lower) { name += 1 }
                if let index = mentionStarting[TextPosition(unit: u, token: name)] {
                    return (.entity(mentions[index].entity), mentions[index].endToken)
                }
            }
            if isRoleNoun(tokens[t]) { return (.role(tokens[t].lower, TextPosition(unit: u, token: t)), t) }
            t += 1
        }
        return nil
    }

    /// The sentence's grammatical subject, as news sentences place it: its first name, pronoun or
    /// role, after connectives, titles and possessives, or after a short introductory clause.
    private func sentenceSubject(unit u: Int, sentence: Range<Int>) -> Referent? {
        let tokens = text.units[u].tokens
        var starts = [sentence.lowerBound]
        if let comma = tokens[sentence].prefix(Self.clauseWindow).firstIndex(where: { $0.text == "," }) { starts.append(comma + 1) }
        for start in starts {
            var t = start
            while t < min(sentence.upperBound, start + 2 * Self.clauseWindow) {
                let token = tokens[t]
                let position = TextPosition(unit: u, token: t)
                if let index = mentionStarting[position] {
                    if mentions[index].possessive { t = mentions[index].endToken + 1; continue }
                    let person = personAfterDescription(from: mentions[index].endToken + 1, unit: u, limit: sentence.upperBound)
                    return .entity(mentions[person ?? index].entity)
                }
                if token.kind == .symbol, !token.isSymbol([","]) { t += 1; continue }
                if token.isLowercaseWord, let person = personAfterDescription(from: t, unit: u, limit: sentence.upperBound) {
                    return .entity(mentions[person].entity)
                }
                if Self.pronouns.contains(token.lower) { return .pronoun(token.lower, position) }
                if let person = earlierPerson(namedBy: t, unit: u) {
                    let titled = personAfterDescription(from: t + 1, unit: u, limit: sentence.upperBound)
                    return .entity(titled.map { mentions[$0].entity } ?? person)
                }
                if token.isCapitalized || Self.subjectPrefixes.contains(token.lower) {
                    if let role = referentEnding(at: t, unit: u), case .role = role { return role }
                    t += 1
                    continue
                }
                if isRoleNoun(token), let role = referentEnding(at: t, unit: u) { return role }
                if token.kind == .word, !token.isCapitalized, t + 1 < sentence.upperBound, isRoleNoun(tokens[t + 1]) { t += 1; continue }
                break
            }
        }
        return nil
    }

    /// The person named right after a description that ends in a title: "leader Michael Howard", "(State
    /// Department) deputy spokesperson Vedant Patel", "(Liberal Democrat) foreign affairs spokesman Menzies Campbell".
    private func personAfterDescription(from start: Int, unit u: Int, limit: Int) -> Int? {
        let tokens = text.units[u].tokens
        var t = start
        while t < min(limit, start + 5) {
            if let index = mentionStarting[TextPosition(unit: u, token: t)] {
                let titled = t > start && (Lexicon.titles.contains(tokens[t - 1].lower) || isRoleNoun(tokens[t - 1]))
                return mentions[index].kind == .person && titled ? index : nil
            }
            guard isWordBeforeName(tokens[t]), !Self.determiners.contains(tokens[t].lower) || t == start else { return nil }
            t += 1
        }
        return nil
    }

    /// A capitalised word that is no mention but a word of a person named earlier in the article: "Parata"
    /// after "Hori Parata" when another Parata makes the surname ambiguous in the packet, "Yoon" after
    /// "Yoon Suk Yeol" (family name first).
    private func earlierPerson(namedBy t: Int, unit u: Int) -> String? {
        let token = text.units[u].tokens[t]
        let position = TextPosition(unit: u, token: t)
        guard token.isCapitalized, mentionStarting[position] == nil, mentionEnding[position] == nil, !text.isInQuote(position),
              !Lexicon.functionWords.contains(token.lower), !Lexicon.titles.contains(token.lower) else { return nil }
        guard let holders = personMentionsByWord[Substring(token.stem)] else { return nil }
        let last = lastMention(before: position)
        // The last holder at or before `last`, by bisection.
        var low = 0, high = holders.count
        while low < high {
            let mid = (low + high) / 2
            if holders[mid] <= last { low = mid + 1 } else { high = mid }
        }
        guard low > 0, last - holders[low - 1] <= Self.lookBack else { return nil }
        return mentions[holders[low - 1]].entity
    }

    private func isSentenceSubject(_ mention: ResolvedMention) -> Bool {
        guard !mention.possessive else { return false }
        let sentence = text.sentence(at: mention.position)
        if case .entity(let entity) = sentenceSubject(unit: mention.position.unit, sentence: sentence) {
            return entity == mention.entity
        }
        return false
    }

    // MARK: - Resolving pronouns and roles

    private static let pronouns: Set<String> = ["he", "she", "it"]
    private static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their"]
    private static let subjectPrefixes: Set<String> = ["but", "and", "yet", "so", "however", "meanwhile", "then",
                                                      "also", "the", "still", "now", "separately", "later", "earlier"]
    /// Organisation heads a phrase such as "the ministry said" may name.
    private static let organizationRoles: Set<String> = ["ministry", "department", "agency", "council", "commission",
                                                         "army", "police", "embassy", "company", "group", "office",
                                                         "mission", "committee", "court", "union", "alliance"]

    /// A determiner, a lower-case description or a capitalised title standing before a name: "said the
    /// nurse Lea Moreau", "said Mayor Ines Duarte".
    private func isWordBeforeName(_ token: Token) -> Bool {
        if token.isCapitalized { return Lexicon.titles.contains(token.lower) || Lexicon.titleQualifiers.contains(token.lower) }
        return token.isLowercaseWord && (Self.determiners.contains(token.lower) || !Lexicon.nounPhraseStops.contains(token.lower))
    }

    private func isRoleNoun(_ token: Token) -> Bool {
        token.isLowercaseWord && (Lexicon.roleNouns.contains(token.lower) || Self.organizationRoles.contains(token.lower))
    }

    private func resolve(_ referent: Referent) -> String? {
        switch referent {
        case .entity(let entity): return entity
        case .pronoun(let pronoun, let position): return antecedent(of: pronoun, at: position)
        case .role(let role, let position): return holder(of: role, before: position)
        }
    }

    /// The nearest person (or, for "it", organisation or place) before `position` who was a subject
    /// or a speaker; else the nearest one named at all, in the same or the previous paragraphs.
    private func antecedent(of pronoun: String, at position: TextPosition) -> String? {
        let kinds: Set<EntityKind> = pronoun == "it" ? [.organization, .place] : [.person]
        let gender = GivenNames.gender(ofPronoun: pronoun)
        func fits(_ entity: String) -> Bool { gender == nil || genderOf[entity].map { $0 == gender } ?? true }
        let floor = position.unit - Self.antecedentUnits
        var nearestSubject: (TextPosition, String)?
        var nearestAny: (TextPosition, String)?
        let last = lastMention(before: position)
        for index in stride(from: last, through: max(0, last - Self.lookBack), by: -1) {
            let mention = mentions[index]
            guard mention.position.unit >= floor else { break }
            guard kinds.contains(mention.kind), !text.isInQuote(mention.position), fits(mention.entity) else { continue }
            if nearestAny == nil, mention.position.unit >= position.unit - 1 { nearestAny = (mention.position, mention.entity) }
            if subjectMentions.contains(index) { nearestSubject = (mention.position, mention.entity); break }
        }
        // Speakers are found in text order, so the last events are the nearest; a bounded look keeps
        // thousands of quotes in one paragraph linear.
        let recentEvents = speakerEvents.suffix(Self.lookBack).reversed()
        if let event = recentEvents.first(where: { $0.position < position && kinds.contains($0.kind) && fits($0.entity) }),
           event.position.unit >= floor, event.position > (nearestSubject?.0 ?? TextPosition(unit: -1, token: 0)) {
            return event.entity
        }
        return nearestSubject?.1 ?? nearestAny?.1
    }

    /// "the minister": the last person named with that title; "the ministry": the last such organisation.
    private func holder(of role: String, before position: TextPosition) -> String? {
        let last = lastMention(before: position)
        for index in stride(from: last, through: max(0, last - Self.lookBack), by: -1) {
            let mention = mentions[index]
            // "A Delta spokesperson confirmed …; the spokesperson also said": the name the role was given with.
            let tokens = text.units[mention.position.unit].tokens
            if Lexicon.roleNouns.contains(role) || Lexicon.proxyNouns.contains(role), mention.endToken + 1 < tokens.count,
               tokens[mention.endToken + 1].lower == role, !mention.possessive {
                return mention.entity
            }
            if mention.kind == .person, Lexicon.roleNouns.contains(role),
               titles[mention.entity]?.contains(where: { $0.lowercased().split(separator: " ").contains { $0 == role } }) == true {
                return mention.entity
            }
            if mention.kind == .organization, Self.organizationRoles.contains(role),
               mention.text.lowercased().split(separator: " ").contains(where: { $0 == role }) {
                return mention.entity
            }
        }
        return nil
    }

    private func lastMention(before position: TextPosition) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].position < position { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    // MARK: - Quote tokens

    private func firstToken(of quote: Int, in unit: Int) -> Int { firstTokens[quote] }

    private func lastToken(of quote: Int, in unit: Int) -> Int { lastTokens[quote] }
}
