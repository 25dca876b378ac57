import DossierCore

/// What a name's own words say of its kind, over what the tagger read from the context: a title or an
/// honorific before a name is not part of it ("Mr Cook" is Cook, a person), the head word of an
/// organisation or a place ends its name ("Delta Airlines", "Chatham Islands").
enum NameHeads {
    /// Words that make the name after them a person's.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "baroness", "baron", "earl", "duke",
        "duchess", "countess",
    ]

    /// Heads of organisations' names beyond the rules' list: arts, science and sport.
    static let organizationHeads: Set<String> = Lexicon.organizationHeads.union([
        "institution", "laboratory", "laboratories", "opera", "orchestra", "theatre", "theater", "conservatory",
        "fc", "airline", "airways", "railway", "railways", "museum", "gallery", "library", "philharmonic", "ballet",
        "industries", "systems", "technologies", "partners", "institutes", "commissions",
    ]).subtracting(["house", "front", "watch", "times", "post", "news", "head"])

    /// Heads of places' names beyond the rules' list.
    static let placeHeads: Set<String> = NameFinder.placeHeads.union([
        "island", "beach", "coast", "valley", "county", "province", "mountain", "canyon", "harbour", "harbor",
    ])

    /// Heads of the names of events, laws, prizes and works (kind other): "Trades Disputes Act", "World Cup".
    static let otherHeads: Set<String> = [
        "act", "acts", "treaty", "convention", "cup", "olympics", "games", "award", "awards", "prize", "championship",
        "championships", "festival", "open", "war", "bill", "trophy", "medal", "tour", "marathon",
    ]

    /// The first token of the name once titles are taken off, and its kind.
    static func adjusted(_ tokens: [Token], first: Int, last: Int, kind: EntityKind) -> (first: Int, kind: EntityKind)? {
        var start = first
        var kind = kind
        while start < last {
            let lower = tokens[start].lower
            if honorifics.contains(lower) {
                kind = .person
            } else if tokens[start].kind == .symbol {
                // A quote mark or bracket the tagger took in.
            } else if !(kind == .person && Lexicon.titles.contains(lower)) && !(tokens[start].text == "." && start > first) {
                break
            }
            start += 1
        }
        guard start <= last, tokens[start].kind == .word else { return nil }
        if start < last, kind != .person || start == first {
            let head = tokens[last].stem.lowercased()
            if organizationHeads.contains(head) { kind = .organization }
            if placeHeads.contains(head) { kind = .place }
            if otherHeads.contains(head) { kind = .other }
        }
        return (start, kind)
    }

    /// "British", "Russians", "South Korean": a people's adjective or name, not an entity of its own.
    static func isPeople(_ words: ArraySlice<String>) -> Bool {
        guard let last = words.last, Gazetteer.isDemonym(last) || last.hasSuffix("s") && Gazetteer.isDemonym(String(last.dropLast())) else {
            return false
        }
        return words.dropLast().allSatisfy { compassWords.contains($0.lowercased()) }
    }

    private static let compassWords: Set<String> = ["north", "south", "east", "west", "central"]
}
