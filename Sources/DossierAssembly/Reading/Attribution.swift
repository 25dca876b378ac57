import DossierCore
import Foundation

/// Who wrote an article and who helped: bylines ("By …"), credit lines ("Reporting by …"),
/// author boxes ("The author …", "About the author", "X is a correspondent …") and lone name lines.
enum Attribution {
    struct Byline: Equatable {
        var names: String
        /// "Reuters" in "By Jane Doe, Reuters": the organisation the author writes for.
        var affiliation: String? = nil
    }

    /// "By Jane Doe and John Smith, Reuters", "BY JANE DOE", "Written by …", "Author: …".
    static func byline(in line: RuleText) -> Byline? {
        guard line.words.count <= 25,
              let label = bylineLabels.first(where: line.starts),
              label != "by " || line.text.first == "B" else { return nil }
        return names(in: line.text.dropFirst(label.count))
    }

    /// "Reporting by …", "(Additional reporting by …; Editing by …)", "Jane Doe contributed to this report."
    static func isCredit(_ line: RuleText) -> Bool {
        guard line.words.count <= 100 else { return false }
        let start = line.folded.drop { "([ ".contains($0) }
        // A credit names people: "Reporting by the agency showed …" is a sentence, not a credit.
        if let label = creditLabels.first(where: { start.utf8.starts(with: $0.utf8) }) {
            var named = line.text.drop { "([ ".contains($0) }.dropFirst(label.count).drop { $0 == " " || $0 == ":" }
            if named.hasPrefix("by ") { named = named.dropFirst(3) }
            return named.first?.isUppercase ?? false
        }
        if line.words.count <= 60 && line.contains(any: creditPhrases) { return true }
        // "Jane Doe and John Smith contributed.": the names, then the verb alone.
        guard line.words.count <= 16, let verb = ["contributed.", "contributed"].first(where: { line.text.hasSuffix(" " + $0) }) else { return false }
        return isNameList(line.text.dropLast(verb.count + 1))
    }

    /// A line about the author; `name` when it gives one.
    struct AuthorBox: Equatable {
        var name: String?
    }

    /// An author box that may stand anywhere: "The author Rodney N.", "About the author: …".
    static func authorBox(in line: RuleText) -> AuthorBox? {
        guard line.words.count <= 80 else { return nil }
        if line.hasLabel(["about the author", "about the authors"]) {
            return AuthorBox(name: line.value(afterLabel: ["about the author", "about the authors"]).flatMap { names(in: $0)?.names })
        }
        if line.hasLabel(["contact the author", "email the author", "write to the author"])
            || (line.starts(with: "write to ") && line.text.contains("@")) {
            return AuthorBox(name: nil)
        }
        guard let label = ["the author ", "the authors "].first(where: line.starts) else { return nil }
        let rest = line.text.dropFirst(label.count)
        if isNameList(rest) { return AuthorBox(name: cleanName(rest)) }
        return describesJournalist(rest) ? AuthorBox(name: nil) : nil
    }

    /// "BBC News, Nairobi", "West Africa correspondent": the line under a byline that says where the author works.
    static func isAffiliation(_ line: RuleText) -> Bool {
        line.words.count <= 6 && !TextShape.endsSentence(line.text) && TextShape.startsCapitalized(line.text)
            && line.words.contains { roleOrOrganisation.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }

    /// "Jane Doe is a correspondent in Dakar.": an author box only at an article's end, where it names the author.
    static func authorSentence(in line: RuleText) -> String? {
        guard line.words.count <= 80 else { return nil }
        for verb in [" is a ", " is an ", " is the ", " reports on ", " reports from ", " reported from ", " reported in ",
                     " covers ", " writes about ", " has covered ", " can be reached "] {
            guard let range = ByteSearch.firstRange(of: verb, in: line.text[...]) else { continue }
            let name = line.text[..<range.lowerBound]
            guard isNameList(name), TextShape.words(name).count <= 6 else { return nil }
            let isDescription = verb.hasPrefix(" is ")
            return !isDescription || describesJournalist(line.text[range.upperBound...]) ? cleanName(name) : nil
        }
        return nil
    }

    /// "Rodney N.", "Jane Doe", "Jane Doe in Dakar", "Jane Doe, West Africa correspondent": a name alone on a
    /// line, perhaps with where the author writes from or their role. The name only.
    static func loneName(in line: RuleText) -> String? {
        guard line.text.count <= 80 else { return nil }
        let words = line.words
        let nameLength = (2...4).first { count in
            count <= words.count && isPersonName(words[..<count])
                && isPlaceOrRole(words[count...], afterComma: words[count - 1].hasSuffix(","))
        }
        return nameLength.map { cleanName(words[..<$0].joined(separator: " ")) }
    }

    /// Name words, with a comma only after the last one.
    private static func isPersonName(_ words: ArraySlice<Substring>) -> Bool {
        words.allSatisfy { isNameWord($0) && $0 != "and" && $0 != "&" }
            && words.dropLast().allSatisfy { !$0.hasSuffix(",") }
            && words.contains { !TextShape.isInitial($0) && !particles.contains($0.lowercased()) }
    }

    /// Nothing, "in Addis Ababa", or (after a comma) "West Africa correspondent".
    private static func isPlaceOrRole(_ words: ArraySlice<Substring>, afterComma: Bool) -> Bool {
        guard let first = words.first else { return !afterComma }
        let rest = words.dropFirst()
        if first == "in" { return !afterComma && (1...3).contains(rest.count) && rest.allSatisfy { TextShape.startsCapitalized($0) } }
        return afterComma && words.count <= 6
            && words.contains { roles.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }

    // MARK: Names

    /// Splits "Jane Doe and John Smith, Reuters | Updated …" into names and affiliation.
    private static func names(in text: Substring) -> Byline? {
        var separated = text
        for dash in [" - ", " — ", " – ", " / "] { separated = Substring(separated.replacingOccurrences(of: dash, with: "|")) }
        var segments = separated.split(whereSeparator: { ",|·•;".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // "KWAME ASANTE Associated Press": names in capitals, then the organisation.
        if let words = segments.first.map(TextShape.words) {
            let capitals = words.prefix { TextShape.isAllCaps($0) }
            if capitals.count >= 2 && capitals.count < words.count {
                segments[0] = capitals.joined(separator: " ")
                segments.insert(words[capitals.count...].joined(separator: " "), at: 1)
            }
        }
        guard let first = segments.first, isNameList(first[...]) else { return nil }
        var names = [cleanName(first[...])]
        var affiliation: String?
        for segment in segments.dropFirst() {
            let words = TextShape.words(segment)
            if isNameList(segment[...]), words.count >= 2, !words.contains(where: { roleOrOrganisation.contains($0.lowercased()) }) {
                names.append(cleanName(segment[...]))
                continue
            }
            if words.count <= 5, !segment.contains(where: \.isNumber),
               !words.contains(where: { roles.contains($0.lowercased()) }) {
                affiliation = segment
            }
            break
        }
        return Byline(names: names.joined(separator: ", "), affiliation: affiliation)
    }

    /// Names joined by "and" or "&", each of capitalised words, initials and particles.
    private static func isNameList(_ text: some StringProtocol) -> Bool {
        let words = TextShape.words(text)
        guard (1...12).contains(words.count) else { return false }
        var wordsInName = 0
        for word in words {
            if word == "and" || word == "&" {
                guard wordsInName > 0 else { return false }
                wordsInName = 0
            } else {
                guard isNameWord(word), wordsInName < 5 else { return false }
                wordsInName += 1
            }
        }
        return wordsInName > 0
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        if TextShape.isInitial(word) || particles.contains(word.lowercased()) || word == "and" || word == "&" { return true }
        let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        guard TextShape.startsCapitalized(bare), !notNames.contains(bare.lowercased()) else { return false }
        return bare.allSatisfy { $0.isLetter || "'’-.".contains($0) }
    }

    /// The name without a full stop that is not an initial's: "Jane Doe." → "Jane Doe", "Rodney N." stays.
    private static func cleanName(_ text: some StringProtocol) -> String {
        let trimmed = text.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",")))
        guard trimmed.hasSuffix("."), let last = TextShape.words(trimmed).last, !TextShape.isInitial(last) else { return trimmed }
        return String(trimmed.dropLast())
    }

    private static func describesJournalist(_ text: some StringProtocol) -> Bool {
        RuleText(text)?.contains(any: Array(roles)) ?? false
    }

    // MARK: Vocabulary

    private static let bylineLabels = ["by ", "written by ", "words by ", "story by ", "author: ", "authors: "]
    private static let creditLabels = [
        "reporting by", "additional reporting", "reporting provided by", "reporting and writing by", "with reporting by",
        "with additional reporting", "reported by", "writing by", "compiled by", "editing by", "edited by",
        "research by", "graphics by", "translated by", "translation by", "production by", "fact-checking by",
        "fact checking by", "contributing:", "contributors:", "reporting:", "source:", "sources:",
    ]
    private static let creditPhrases = [
        "contributed to this report", "contributed reporting", "contributed to this story", "contributed to this article",
    ]
    private static let roles: Set<String> = [
        "correspondent", "reporter", "journalist", "editor", "writer", "columnist", "contributor", "freelance",
        "producer", "bureau chief", "photographer", "photojournalist", "author", "commentator", "fellow", "staff",
    ]
    private static let roleOrOrganisation: Set<String> = roles.union([
        "news", "press", "agency", "times", "post", "service", "journal", "magazine", "media", "network", "radio",
        "television", "tv", "associated", "international", "bureau", "desk", "senior", "chief", "special", "foreign",
    ])
    private static let particles: Set<String> = [
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ben", "ibn", "le", "la",
        "du", "dos", "das", "y",
    ]
    private static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "of", "to", "for", "at", "with", "from", "by", "as", "is", "are", "this",
        "that", "these", "our", "my", "your", "new", "how", "why", "what", "when", "where", "who", "more", "read",
        "related", "share", "follow", "photo", "image", "tags", "topics", "breaking", "live", "update", "updated",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "then", "now", "today", "yesterday", "tomorrow", "early", "late", "last", "next", "far", "contrast",
    ]
}
