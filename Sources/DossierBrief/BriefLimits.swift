/// How much each section of a brief lists before it points to the fact sheet: the brief is read in
/// two minutes, `factsheet.xlsx` holds everything. The Markdown brief's lists in running text are also
/// held to the reading budget (`MarkdownOptions.words`); tables are not read through, so they are
/// capped by rows only.
package enum BriefLimits {
    package static let synopsis = 4
    package static let keyPoints = 8
    package static let keyPointsPerStory = 3
    package static let quotesPerSpeaker = 3
    /// Quotes shorter than this are a word or two in scare quotes: they stay in the workbook.
    package static let quoteWords = 4
    package static let facts = 8
    /// Words kept on each side of a fact's number in its shortened sentence.
    package static let factContextWords = 8
    package static let sources = 30
    /// The synopsis's share of the budget: at least one sentence, more while they fit.
    package static let synopsisShare = 0.3
    /// Shares of the budget left after the synopsis and key points: quotes first, then events; names
    /// take what is left.
    package static let quoteShare = 0.5
    package static let timelineShare = 0.6
    /// The Word and HTML briefs, which have no reading budget, list at most this many quotes, events and names.
    package static let quotes = 50
    package static let events = 50
    package static let entities = 50
    /// A claim carried by many articles cites the first few; its source count says how many there are.
    package static let citationsPerClaim = 5
}
