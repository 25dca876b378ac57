/// The sex a given name points to, from the generated census lists (``GivenNames/maleTable``,
/// ``GivenNames/femaleTable``): what lets "she said" skip a man named just before.
enum GivenNames {
    enum Gender { case male, female }

    private static let genders: [String: Gender] = {
        var table: [String: Gender] = [:]
        for name in maleTable.split(whereSeparator: \.isWhitespace) { table[String(name)] = .male }
        for name in femaleTable.split(whereSeparator: \.isWhitespace) { table[String(name)] = .female }
        return table
    }()

    /// The gender of a person's full name, read from its first word; nil when that word is no clear given
    /// name (a surname alone, a name common to both sexes, a title).
    static func gender(ofPerson name: String) -> Gender? {
        guard let first = name.split(separator: " ").first else { return nil }
        return genders[first.lowercased()]
    }

    /// The gender an honorific or title of nobility gives: "Mr", "Lady".
    static func gender(ofTitle title: String) -> Gender? {
        switch title.split(separator: " ").first?.lowercased().filter({ $0 != "." }) {
        case "mr", "sir", "lord", "king", "prince", "emir", "sheikh", "sultan": .male
        case "mrs", "ms", "miss", "lady", "dame", "queen", "princess": .female
        default: nil
        }
    }

    /// The gender a personal pronoun asks for; nil for pronouns that do not name one.
    static func gender(ofPronoun pronoun: String) -> Gender? {
        switch pronoun {
        case "he", "him", "his": .male
        case "she", "her", "hers": .female
        default: nil
        }
    }
}
