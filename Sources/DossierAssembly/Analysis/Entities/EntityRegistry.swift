import DossierCore
import Foundation

/// A name in an article resolved to a packet entity.
struct ResolvedMention {
    let entity: String
    let kind: EntityKind
    let position: TextPosition
    let endToken: Int
    let possessive: Bool
    let speechSubject: Bool
    let text: String
}

/// The packet's entities and where each article names them.
struct EntityResult {
    var entities: [Entity] = []
    /// Per article, in text order.
    var mentions: [[ResolvedMention]] = []
    /// Titles written before each person's name ("Foreign Minister"), by entity ID.
    var titles: [String: [String]] = [:]
}

/// Merges the names of all articles into one entity per person, organisation or place: full names
/// with surnames ("Sergey Lavrov", "Lavrov"), organisations with acronyms ("United Nations", "UN")
/// and short forms ("Wagner group", "Wagner"), every form of a place ("Russian Federation", "Russia").
/// Everything is keyed by hashing, so the cost grows with the number of names, not its square.
struct EntityRegistry {
    private struct Record {
        var kind: EntityKind
        var forms: [String] = []
        /// Forms that may be the entity's name (a body's name such as "General Assembly" may not).
        var canonicalForms: [String] = []
        var derivedAliases: [String] = []
        var titles: [String] = []
    }

    private var records: [Record] = []
    private var parent: [Int] = []
    private var byKey: [String: Int] = [:]
    private var aliasIndex: [String: Int] = [:]
    private var ambiguousAliases: Set<String> = []

    static func resolve(articleIDs: [String], candidates: [[NameCandidate]]) -> EntityResult {
        let candidates = KindVote.relabel(candidates)
        var registry = EntityRegistry()
        var assigned: [[Int?]] = candidates.map { Array(repeating: nil, count: $0.count) }
        var bodies: [(record: Int, organization: String, body: String)] = []

        // Names that say what they are on their own.
        for (a, list) in candidates.enumerated() {
            for (c, candidate) in list.enumerated() {
                let text = candidate.text
                switch candidate.kind {
                case .place(let place):
                    assigned[a][c] = registry.add(form: text, key: "place|" + place.name.lowercased(), kind: .place)
                case .unlistedPlace:
                    assigned[a][c] = registry.add(form: text, key: "place|" + text.lowercased(), kind: .place)
                case .organization:
                    let record = registry.add(form: text, key: "org|" + text.lowercased(), kind: .organization,
                                              canonical: candidate.parent == nil)
                    registry.records[record].derivedAliases.append(contentsOf: candidate.derivedAliases)
                    if let body = candidate.parent { bodies.append((record, body.organization, body.body)) }
                    assigned[a][c] = record
                case .person:
                    let record = registry.add(form: text, key: "person|" + text.lowercased(), kind: .person)
                    if let title = candidate.title { registry.records[record].titles.append(title) }
                    assigned[a][c] = record
                case .single where candidate.isAcronym && Gazetteer.place(named: text) == nil:
                    let record = registry.add(form: text, key: "org|" + acronymKey(text), kind: .organization)
                    // A well-known acronym takes its organisation's full name: "EU" is the European Union.
                    if let full = KnownOrganizations.acronyms[text.filter { $0 != "." }],
                       !registry.records[record].canonicalForms.contains(full) {
                        registry.records[record].canonicalForms.append(full)
                        registry.records[record].derivedAliases.append(full)
                        registry.byKey["org|" + full.lowercased()] = registry.byKey["org|" + full.lowercased()] ?? record
                    }
                    assigned[a][c] = record
                case .single, .titledSurname, .tagged:
                    break
                }
            }
        }
        registry.mergePeopleBySurname()
        registry.mergeAcronyms()
        registry.indexForms()
        registry.mergeBodies(bodies)

        // Single words: surnames, short forms, acronyms, places, and speakers named once by surname.
        for (a, list) in candidates.enumerated() {
            let firstNames = registry.firstNames(of: assigned[a])
            for (c, candidate) in list.enumerated() where assigned[a][c] == nil {
                assigned[a][c] = registry.resolveSingle(candidate, firstNames: firstNames)
            }
        }
        return registry.result(articleIDs: articleIDs, candidates: candidates, assigned: assigned)
    }

    // MARK: - Records

    private mutating func add(form: String, key: String, kind: EntityKind, canonical: Bool = true) -> Int {
        let record: Int
        if let existing = byKey[key] {
            record = existing
        } else {
            record = records.count
            records.append(Record(kind: kind))
            parent.append(record)
            byKey[key] = record
        }
        if !records[record].forms.contains(form) { records[record].forms.append(form) }
        if canonical, !records[record].canonicalForms.contains(form) { records[record].canonicalForms.append(form) }
        return record
    }

    private mutating func root(_ record: Int) -> Int {
        var node = record
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    private mutating func union(_ child: Int, into target: Int) {
        let (a, b) = (root(child), root(target))
        if a != b { parent[a] = b }
    }

    private static func acronymKey(_ text: String) -> String {
        text.filter { $0 != "." }.lowercased()
    }

    // MARK: - Merging

    /// "Vladimir Putin" and "Putin" are one person when no other person in the packet has that surname.
    private mutating func mergePeopleBySurname() {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, record) in records.enumerated() where record.kind == .person {
            let surname = Self.surname(of: record.forms[0]).lowercased()
            if groups[surname] == nil { order.append(surname) }
            groups[surname, default: []].append(index)
        }
        for surname in order {
            let lengths = Dictionary(uniqueKeysWithValues: groups[surname]!.map { ($0, records[$0].forms[0].count) })
            let members = groups[surname]!.sorted { lengths[$0]! > lengths[$1]! }
            // Each name's words once, not once per comparison: a common surname has many first names.
            let nameWords = Dictionary(uniqueKeysWithValues: members.map { ($0, records[$0].forms[0].lowercased().split(separator: " ")) })
            var clusters: [(record: Int, words: Set<Substring>)] = []
            for member in members {
                let words = nameWords[member]!
                let wordSet = Set(words)
                if let cluster = clusters.first(where: { cluster in
                    nameWords[cluster.record]!.first == words.first || wordSet.isSubset(of: cluster.words)
                })?.record {
                    union(member, into: cluster)
                } else {
                    clusters.append((member, wordSet))
                }
            }
            let alias = Self.surname(of: records[members[0]].forms[0])
            if clusters.count == 1, alias.lowercased() != records[members[0]].forms[0].lowercased() {
                records[clusters[0].record].derivedAliases.append(alias)
            } else if clusters.count > 1 {
                ambiguousAliases.insert(surname)
            }
        }
    }

    /// "European Union" and "EU": an acronym of the initials of a multi-word name.
    private mutating func mergeAcronyms() {
        for index in records.indices where records[index].kind == .organization {
            for form in records[index].canonicalForms {
                let words = form.split(separator: " ")
                guard words.count >= 2 else { continue }
                let initials = String(words.compactMap { $0.first?.isUppercase == true ? $0.first : nil })
                if initials.count >= 2, let acronym = byKey["org|" + initials.lowercased()], acronym != index {
                    union(acronym, into: index)
                }
            }
        }
    }

    /// Every form and short form to its entity; a full form wins over another entity's short form.
    private mutating func indexForms() {
        for index in records.indices {
            for form in records[index].forms where aliasIndex[form.lowercased()] == nil {
                aliasIndex[form.lowercased()] = root(index)
            }
        }
        for index in records.indices {
            for alias in records[index].derivedAliases {
                let key = alias.lowercased()
                if !ambiguousAliases.contains(key), aliasIndex[key] == nil { aliasIndex[key] = root(index) }
            }
        }
    }

    /// "UN General Assembly" belongs to the UN; so does "General Assembly" written alone.
    private mutating func mergeBodies(_ bodies: [(record: Int, organization: String, body: String)]) {
        for body in bodies {
            let acronym = Self.acronymKey(body.organization)
            if aliasIndex[acronym] == nil, let full = KnownOrganizations.acronyms[body.organization] {
                let record = add(form: full, key: "org|" + full.lowercased(), kind: .organization)
                aliasIndex[acronym] = record
                aliasIndex[full.lowercased()] = record
            }
            guard let organization = aliasIndex[acronym] ?? aliasIndex[body.organization.lowercased()] else { continue }
            let target = root(organization)
            union(body.record, into: target)
            if let alone = byKey["org|" + body.body.lowercased()] {
                records[alone].canonicalForms.removeAll()
                union(alone, into: target)
            }
            records[target].derivedAliases.append(body.body)
            aliasIndex[body.body.lowercased()] = target
        }
    }

    /// The people an article names in full by their first names, where only one of them has that first name:
    /// a story that names two of a family ("Ellen Gille", "Sarah Gille") then calls them "Ellen" and "Sarah".
    private mutating func firstNames(of assigned: [Int?]) -> [String: Int] {
        var people: [String: Set<Int>] = [:]
        for record in Set(assigned.compactMap { $0 }) where records[record].kind == .person {
            for form in records[record].forms where form.contains(" ") {
                people[form.prefix { $0 != " " }.lowercased(), default: []].insert(root(record))
            }
        }
        return people.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    private mutating func resolveSingle(_ candidate: NameCandidate, firstNames: [String: Int]) -> Int? {
        let form = candidate.text
        let key = form.lowercased()
        if case .tagged(let kind) = candidate.kind {
            if ambiguousAliases.contains(key) { return nil }
            // A short form of a name the packet knows ("Lavrov" for Sergey Lavrov, "Hamilton" for Margaret Hamilton,
            // whatever the tagger made of the word alone), or a name of its own.
            if let record = aliasIndex[key].map({ root($0) }), records[record].kind == kind || kind != .other { return record }
            if kind == .person, let record = firstNames[key] { return root(record) }
            return add(form: form, key: Self.keyPrefix(kind) + key, kind: kind)
        }
        if let record = aliasIndex[key] ?? aliasIndex[Self.acronymKey(form)] { return root(record) }
        if ambiguousAliases.contains(key) { return nil }
        if let place = Gazetteer.place(named: form) {
            return add(form: form, key: "place|" + place.name.lowercased(), kind: .place)
        }
        if KnownOrganizations.singleWords.contains(form) {
            return add(form: form, key: "org|" + key, kind: .organization)
        }
        guard candidate.kind == .titledSurname || candidate.speechSubject else { return nil }
        let record = add(form: form, key: "person|" + key, kind: .person)
        if let title = candidate.title { records[record].titles.append(title) }
        aliasIndex[key] = record
        return record
    }

    private static func keyPrefix(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "person|"
        case .organization: "org|"
        case .place: "place|"
        case .other: "other|"
        }
    }

    /// The family name: the last word, with a particle before it ("Le Drian", "van der Leyen").
    static func surname(of name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        guard var start = words.indices.last else { return name }
        while start > 1, Lexicon.nameParticles.contains(words[start - 1].lowercased()) { start -= 1 }
        return words[start...].joined(separator: " ")
    }

    // MARK: - Result

    private mutating func result(articleIDs: [String], candidates: [[NameCandidate]], assigned: [[Int?]]) -> EntityResult {
        struct Group { var mentions: [Mention] = []; var members: [Int] = [] }
        var groups: [Int: Group] = [:]
        var order: [Int] = []
        for index in records.indices {
            let target = root(index)
            groups[target, default: Group()].members.append(index)
        }
        for (a, list) in candidates.enumerated() {
            for (c, candidate) in list.enumerated() {
                guard let record = assigned[a][c] else { continue }
                let target = root(record)
                if groups[target]!.mentions.isEmpty { order.append(target) }
                groups[target]!.mentions.append(Mention(article: articleIDs[a], paragraph: candidate.paragraph,
                                                        text: candidate.text))
            }
        }

        var output = EntityResult()
        var idOfRoot: [Int: String] = [:]
        var usedIDs: Set<String> = []
        for target in order {
            let group = groups[target]!
            let members = group.members.map { records[$0] }
            let canonicalForms = members.flatMap(\.canonicalForms)
            var name = canonicalForms.first ?? members.flatMap(\.forms).first ?? group.mentions[0].text
            for form in canonicalForms where form.count > name.count { name = form }
            var seen: Set<String> = [name.lowercased()]
            var aliases: [String] = []
            for alias in members.flatMap({ $0.forms + $0.derivedAliases }) where seen.insert(alias.lowercased()).inserted {
                aliases.append(alias)
            }
            var id = "e-" + Self.slug(name)
            var suffix = 2
            while !usedIDs.insert(id).inserted {
                id = "e-\(Self.slug(name))-\(suffix)"
                suffix += 1
            }
            idOfRoot[target] = id
            output.entities.append(Entity(id: id, name: name, kind: records[target].kind, aliases: aliases, mentions: group.mentions))
            let titles = members.flatMap(\.titles)
            if !titles.isEmpty { output.titles[id] = titles }
        }
        output.mentions = candidates.enumerated().map { a, list in
            list.enumerated().compactMap { c, candidate in
                guard candidate.inBody, let record = assigned[a][c], let id = idOfRoot[root(record)] else { return nil }
                return ResolvedMention(entity: id, kind: records[root(record)].kind, position: candidate.position,
                                       endToken: candidate.endToken, possessive: candidate.possessive,
                                       speechSubject: candidate.speechSubject, text: candidate.text)
            }
        }
        return output
    }

    /// `Jean-Yves Le Drian` → `jean-yves-le-drian`: lower-case ASCII letters and digits joined by hyphens.
    static func slug(_ name: String) -> String {
        var slug = ""
        // ASCII has no marks to take off: only other names are decomposed.
        let scalars = name.utf8.allSatisfy { $0 < 0x80 } ? name.unicodeScalars : name.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                slug += String(scalar).lowercased()
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "entity" : slug
    }
}
