import DossierCore
import Foundation
@testable import DossierAssembly

/// Where the reading tests find their articles: `Fixtures/reading/` beside this file, and the repository's
/// example articles (the seeds the gold file describes).
enum ReadingFiles {
    static let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        testFolder.appendingPathComponent("Fixtures/reading/\(name)").path
    }

    static func seed(_ name: String) -> String {
        testFolder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/mali-briefing/articles/\(name)").path
    }
}

extension Article {
    /// Each body block as `kind: text`, the way a reader checks the structure.
    var outline: [String] {
        body.map { block in
            switch block {
            case .paragraph(let paragraph): "p: \(paragraph.text)"
            case .heading(let heading): "h\(heading.level): \(heading.content.plainText)"
            case .blockQuote(let quote): "quote: \(quote.text)"
            case .list(let list): "\(list.ordered ? "ol" : "ul"): \(list.items.map(\.plainText).joined(separator: " | "))"
            }
        }
    }

    /// The removed lines as `line [reason]`, for exact comparisons.
    var removedOutline: [String] {
        removed.map { "\($0.line) [\($0.reason.rawValue)] \($0.text)" }
    }
}

/// Reads `text` as the article at `path` (its extension decides Markdown).
func readArticle(_ text: String, path: String = "article.txt") throws -> Article {
    try ArticleReader.read(text: text, path: path).article
}
