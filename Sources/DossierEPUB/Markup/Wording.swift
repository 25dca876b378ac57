/// Small phrases the book repeats.
enum Wording {
    /// `1 article`, `2 articles`: the nouns the book counts all take a plain `s`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
