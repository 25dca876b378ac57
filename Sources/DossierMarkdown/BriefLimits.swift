/// How many items each section of the brief lists before it points to the fact sheet: the brief is
/// read in two minutes, `factsheet.xlsx` holds everything.
enum BriefLimits {
    static let keyPoints = 10
    static let quotes = 50
    static let facts = 50
    static let events = 50
    static let entities = 50
    static let sources = 50
}
