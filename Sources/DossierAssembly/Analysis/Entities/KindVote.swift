import DossierCore

/// One kind per name across the packet: the tagger reads each sentence alone, so the same name may come out
/// a person in one and an organisation in another. Every candidate's kind is evidence; the kind most of the
/// packet's mentions of a name have is given to each of the tagger's mentions of it.
enum KindVote {
    static func relabel(_ candidates: [[NameCandidate]]) -> [[NameCandidate]] {
        let candidates = unnamedPeopleAsOrganizations(candidates)
        var votes: [String: [EntityKind: Int]] = [:]
        for list in candidates {
            for candidate in list {
                guard let kind = kind(of: candidate.kind) else { continue }
                votes[candidate.text, default: [:]][kind, default: 0] += 1
            }
        }
        let winner = votes.mapValues { counts in
            // Ties go to the first kind in declaration order, so the result never depends on hashing.
            EntityKind.allCases.max { (counts[$0] ?? 0, $1.ordinal) < (counts[$1] ?? 0, $0.ordinal) }!
        }
        return candidates.map { list in
            list.map { candidate in
                guard candidate.fromTagger, let kind = kind(of: candidate.kind), let best = winner[candidate.text],
                      best != kind else { return candidate }
                var relabelled = candidate
                relabelled.kind = NameCandidate.Kind(tagged: best, name: candidate.text)
                return relabelled
            }
        }
    }

    /// News names a person in full before it names them by one word. One word the tagger calls a person that
    /// no full name of the packet holds, that no list knows as a given name or surname and that has no title
    /// is the name of a company or a body ("Yukos", "Vodafone"): the tagger guesses people for unknown words.
    static func unnamedPeopleAsOrganizations(_ candidates: [[NameCandidate]]) -> [[NameCandidate]] {
        var nameWords: Set<Substring> = []
        var titled: Set<String> = []
        for list in candidates {
            for candidate in list {
                if candidate.kind == .person { nameWords.formUnion(candidate.text.split(separator: " ")) }
                if candidate.title != nil { titled.insert(candidate.text) }
            }
        }
        return candidates.map { list in
            list.map { candidate in
                guard candidate.fromTagger, candidate.kind == .tagged(.person), !titled.contains(candidate.text),
                      !nameWords.contains(Substring(candidate.text)), !NameLists.givenNames.contains(candidate.text),
                      !NameLists.surnames.contains(candidate.text) else { return candidate }
                var organization = candidate
                organization.kind = .tagged(.organization)
                return organization
            }
        }
    }

    static func kind(of kind: NameCandidate.Kind) -> EntityKind? {
        switch kind {
        case .person, .titledSurname: .person
        case .organization: .organization
        case .place, .unlistedPlace: .place
        case .tagged(let kind): kind
        case .single: nil
        }
    }
}

extension EntityKind {
    fileprivate var ordinal: Int { EntityKind.allCases.firstIndex(of: self)! }
}

extension NameCandidate.Kind {
    /// The candidate kind of a name the tagger typed `kind`.
    init(tagged kind: EntityKind, name: String) {
        let oneWord = !name.contains(" ")
        switch kind {
        case .person: self = oneWord ? .tagged(.person) : .person
        case .organization: self = oneWord ? .tagged(.organization) : .organization
        case .place: self = Gazetteer.place(named: name).map { .place($0) } ?? .tagged(.place)
        case .other: self = .tagged(.other)
        }
    }
}
