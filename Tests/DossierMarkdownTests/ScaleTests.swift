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
            Quote(id: "a\(index)-q1", text: "Quote \(index) of the huge packet", speaker: index % 3 == 0 ? nil : "e-speaker-\(index % 7)",
                  partial: false, article: "a\(index)", paragraph: "a\(index)-p1")
        }
        let entities = (0..<7).map { Entity(id: "e-speaker-\($0)", name: "Speaker \($0)", kind: .person) }
        return Packet(title: "Huge", date: SamplePackets.date, articles: articles, entities: entities, quotes: quotes)
    }

    @Test func tenThousandQuotesAreCappedWithAPointerToTheFactSheet() throws {
        let brief = try BriefExport(Self.huge)
        let text = try brief.text
        let lines = text.split(separator: "\n")
        let quoteLines = lines.filter { $0.hasPrefix("  - “Quote ") }
        let speakers = lines.filter { $0.hasPrefix("- Speaker ") }
        #expect(!quoteLines.isEmpty)
        #expect(quoteLines.count <= 3 * speakers.count, "at most three quotes per speaker")
        #expect(text.contains("\n\nAnd \(Counting.grouped(10_000 - quoteLines.count)) more quotes in factsheet.xlsx, Quotes.\n\n"))
        #expect(text.contains("\n\nAnd 9,970 more articles in factsheet.xlsx, Sources.\n\n[^"))
        #expect(lines.filter { $0.hasPrefix("[^") }.count == quoteLines.count)
        #expect(brief.diagnostics.filter { $0.code == "markdown-section-capped" }.map(\.message) == [
            "Who said what: the brief leaves out \(Counting.grouped(10_000 - quoteLines.count)) quotes; factsheet.xlsx lists them all",
            "Sources: the brief leaves out 9,970 articles; factsheet.xlsx lists them all",
        ])
        #expect(try BriefCheck.readingWords(brief.file) <= 600)
        let lint = try MarkdownReader.lint(brief.file)
        #expect(lint.stdout.isEmpty, "\(lint.stdout)")
    }
}

private enum Counting {
    static func grouped(_ value: Int) -> String { value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))) }
}
