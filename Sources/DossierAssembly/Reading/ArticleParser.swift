import DossierCore
import Foundation

/// Finds an article's structure in its text. (First cut: title line and blank-line paragraphs.)
struct ArticleParser {
    let text: String
    let source: String

    func parse() throws(AssemblyError) -> Article {
        let chunks = text.components(separatedBy: "\n\n")
            .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
            .filter { !$0.isEmpty }
        guard let first = chunks.first else { throw .emptyArticle(path: source) }
        let body = chunks.dropFirst().map { Block.paragraph(Paragraph(id: "", text: $0)) }
        guard !body.isEmpty else { throw .onlyBoilerplate(path: source) }
        return Article(id: "", source: source, title: first, body: Array(body))
    }
}
