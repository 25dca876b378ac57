/// How many items each section of the brief lists before it points to the fact sheet: the brief is
/// read in two minutes, `factsheet.xlsx` holds everything.
package enum BriefLimits {
    package static let keyPoints = 10
    package static let quotes = 50
    package static let facts = 50
    package static let events = 50
    package static let entities = 50
    package static let sources = 50
    /// A claim carried by many articles cites the first few; its source count says how many there are.
    package static let citationsPerClaim = 5
}
