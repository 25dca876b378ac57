import DossierCore
import DossierEPUB
import Foundation
import Testing
import TestSupport

/// Quotes are marked in one pass over each paragraph, whatever their number (failure 2).
@Suite("Quote marking")
struct QuoteMarkingTests {
    /// One article whose only paragraph is `text`, with a quote for each of `quotes`.
    private func packet(_ text: String, quotes: [String]) -> Packet {
        let article = Article(id: "a1", source: "a.txt", title: "Quotes", body: [.paragraph(Paragraph(id: "a1-p1", text: text))])
        return Packet(title: "Quotes", date: SamplePackets.date, articles: [article], quotes: quotes.enumerated().map { index, text in
            Quote(id: "a1-q\(index + 1)", text: text, speaker: nil, partial: false, article: "a1", paragraph: "a1-p1")
        })
    }

    /// The paragraph as the book writes it, with each span shown as [text].
    private func marked(_ text: String, quotes: [String]) throws -> String {
        let chapter = try WrittenBook(packet(text, quotes: quotes)).entry("OEBPS/article-a1.xhtml")
        let paragraph = try #require(chapter.components(separatedBy: "id=\"a1-p1\">").last?.components(separatedBy: "</p>").first)
        return paragraph.replacingOccurrences(of: #"<span class="quote">"#, with: "[").replacingOccurrences(of: "</span>", with: "]")
    }

    @Test("the earliest quote wins, overlapping ones are skipped, a repeated text marks its next occurrence", arguments: [
        ("abc abc", ["abc", "abc"], "[abc] [abc]"),
        ("one two three", ["two three", "one two"], "[one two] three"),
        ("a bc d", ["bc d", "bc"], "a [bc d]"),
        ("xyz and yz", ["yz", "xyz"], "[xyz] and [yz]"),
        ("hello", ["missing", "ell"], "h[ell]o"),
        ("ééé “é”", ["é”", "éé"], "[éé]é “[é”]"),
    ])
    func markingRules(text: String, quotes: [String], expected: String) throws {
        #expect(try marked(text, quotes: quotes) == expected)
    }

    @Test("5,000 quotes in one paragraph are all marked, and the book is written within a generous bound")
    func manyQuotes() throws {
        let quotes = (1...5_000).map { "statement number \($0) of the day" }
        let text = quotes.map { "He said “\($0)”, and then" }.joined(separator: " ")
        let start = ContinuousClock.now
        let chapter = try WrittenBook(packet(text, quotes: quotes)).entry("OEBPS/article-a1.xhtml")
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(chapter.components(separatedBy: #"<span class="quote">"#).count - 1 == 5_000)
    }
}
