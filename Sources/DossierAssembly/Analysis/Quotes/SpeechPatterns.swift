/// Where speech verbs stand relative to their subjects: "Lavrov said", "Lavrov also told",
/// "said Lavrov".
enum SpeechPatterns {
    /// Verbs that may come before their subject after a quotation: "…,” said Lavrov.
    static let invertible: Set<String> = [
        "said", "says", "added", "adds", "asked", "wrote", "writes", "continued", "explained", "insisted", "noted",
        "warned", "argued", "recalled", "replied", "stressed", "declared", "stated", "admitted", "acknowledged",
        "announced", "confirmed", "claimed", "observed", "read", "reads",
    ]

    static func isSpeechVerb(_ token: Token) -> Bool {
        token.kind == .word && Lexicon.speechVerbs.contains(token.lower)
    }

    /// Adverbs and auxiliaries between a subject and its verb: "also", "has", "repeatedly".
    static func isFiller(_ token: Token) -> Bool {
        token.kind == .word && (Lexicon.verbFillers.contains(token.lower) || (token.lower.hasSuffix("ly") && token.lower.count > 4))
    }

    /// The first token after `index` that is not a filler, within three tokens.
    static func skippingFillers(_ tokens: [Token], after index: Int) -> Int? {
        var next = index + 1
        var skipped = 0
        while next < tokens.count, skipped < 3, isFiller(tokens[next]) {
            next += 1
            skipped += 1
        }
        return next < tokens.count ? next : nil
    }

    /// The name at `start...end` is the subject of a speech verb right after it or right before it.
    static func isSpeechSubject(_ tokens: [Token], start: Int, end: Int) -> Bool {
        if !tokens[end].isPossessive, let next = skippingFillers(tokens, after: end), isSpeechVerb(tokens[next]) { return true }
        return start > 0 && invertible.contains(tokens[start - 1].lower)
    }
}
