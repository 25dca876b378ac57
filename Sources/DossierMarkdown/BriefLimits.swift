/// How much each section of the brief lists before it points to the fact sheet: the brief is read in
/// two minutes, `factsheet.xlsx` holds everything. Lists in running text are also held to the reading
/// budget (``MarkdownOptions/words``); tables are not read through, so they are capped by rows only.
enum BriefLimits {
    static let synopsis = 4
    static let keyPoints = 8
    static let keyPointsPerStory = 3
    static let quotesPerSpeaker = 3
    /// Quotes shorter than this are a word or two in scare quotes: they stay in the workbook.
    static let quoteWords = 4
    static let facts = 8
    /// Words kept on each side of a fact's number in its shortened sentence.
    static let factContextWords = 8
    static let sources = 30
    /// The synopsis's share of the budget: at least one sentence, more while they fit.
    static let synopsisShare = 0.3
    /// Shares of the budget left after the synopsis and key points: quotes first, then events; names
    /// take what is left.
    static let quoteShare = 0.5
    static let timelineShare = 0.6
}
