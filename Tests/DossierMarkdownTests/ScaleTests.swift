import DossierCore
import DossierMarkdown
import Foundation
import Testing
import TestSupport

/// A packet far larger than a page: every list is capped and points to the fact sheet.
@Suite struct ScaleTests {
    static var huge: Packet {
        let articles = (1...10_000).map { index in
            Article(id: "a\(index)", source: "a\(index).txt", title: "Article \(index)",
                    body: [.paragraph(Paragraph(id: "a\(index)-p1", text: "Text \(index)."))])
        }
        let quotes = (1...10_000).map { index in
            Quote(id: "a\(index)-q1", text: "Quote \(index)", speaker: index % 3 == 0 ? nil : "e-speaker-\(index % 7)",
                  partial: false, article: "a\(index)", paragraph: "a\(index)-p1")
        }
        let entities = (0..<7).map { Entity(id: "e-speaker-\($0)", name: "Speaker \($0)", kind: .person) }
        return Packet(title: "Huge", date: SamplePackets.date, articles: articles, entities: entities, quotes: quotes)
    }

    @Test func tenThousandQuotesAreCappedWithAPointerToTheFactSheet() throws {
        let brief = try BriefExport(Self.huge)
        let text = try brief.text
        let quoteLines = text.split(separator: "\n").filter { $0.hasPrefix("  - “Quote ") }
        #expect(quoteLines.count == 50)
        #expect(text.contains("\n\nAnd 9,950 more quotes in factsheet.xlsx.\n\n## People"))
        #expect(text.contains("\n\nAnd 9,950 more articles in factsheet.xlsx.\n\n[^a1-p1]: “Article 1”, paragraph a1-p1.\n"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("[^") }.count == 50)
        #expect(brief.diagnostics.filter { $0.code == "markdown-section-capped" }.map(\.message) == [
            "Who said what: the brief leaves out 9,950 quotes; factsheet.xlsx lists them all",
            "Sources: the brief leaves out 9,950 articles; factsheet.xlsx lists them all",
        ])
        let lint = try MarkdownReader.lint(brief.file)
        #expect(lint.stdout.isEmpty, "\(lint.stdout)")
    }
}
