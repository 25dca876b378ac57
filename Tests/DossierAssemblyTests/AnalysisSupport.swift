import DossierCore
import Foundation
@testable import DossierAssembly

/// Builds articles for analysis tests: from paragraphs written in the test, or from the invented
/// articles in Fixtures/analysis read the way a build reads them.
enum AnalysisSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/analysis")

    /// An article `a<index>` whose body is the given paragraphs, `a<index>-p1`, `a<index>-p2`, ….
    static func article(_ paragraphs: [String], index: Int = 1, date: PacketDate? = nil) -> Article {
        let id = "a\(index)"
        let body = paragraphs.enumerated().map { Block.paragraph(Paragraph(id: "\(id)-p\($0 + 1)", text: $1)) }
        return Article(id: id, source: "\(id).txt", title: "Test article \(index)", date: date, body: body)
    }

    static func analyze(_ paragraphs: [String], date: PacketDate? = nil) -> PacketAnalysis {
        Analyzer.analyze([article(paragraphs, date: date)])
    }

    /// The fixture articles read and numbered as the assembler numbers them.
    static func fixtureArticles(_ names: [String]) throws -> [Article] {
        try names.enumerated().map { index, name in
            var article = try ArticleReader.read(path: fixtures.appendingPathComponent(name).path).article
            article.id = "a\(index + 1)"
            article.renumberBlocks()
            return article
        }
    }

    static func entity(_ analysis: PacketAnalysis, named name: String) -> Entity? {
        analysis.entities.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The speaker's entity name of the quote whose text is `text`, "(none)" for an unknown speaker.
    static func speaker(of text: String, in analysis: PacketAnalysis) -> String? {
        guard let quote = analysis.quotes.first(where: { $0.text == text }) else { return nil }
        guard let id = quote.speaker else { return "(none)" }
        return analysis.entities.first { $0.id == id }?.name
    }
}
