import DossierCore
import Foundation
import Testing
@testable import DossierWeb

/// Whole pages: what a reader of the packet sees of an article saved from the web.
@Suite struct PageReadingTests {
    @Test func newsPageGivesItsArticleAndMetadata() throws {
        let article = try WebFixtures.page("pages/news-article.html")
        #expect(article.title == "Harbour dredging resumes after winter pause")
        #expect(article.byline == "Mira Castell")
        #expect(article.outlet == "Tidewater Gazette")
        #expect(article.date == PacketDate(year: 2024, month: 3, day: 4))
        #expect(article.dateSource == .metadata)
        #expect(article.url == "https://gazette.example/2024/03/harbour-dredging")
        #expect(article.language == "en-GB")
        #expect(article.body.first?.plainText.hasPrefix("Dredging of the inner harbour channel resumed") == true)
        #expect(article.body.contains(.heading(Heading(id: "", level: 2, content: [.text("Costs and schedule")]))))
        #expect(article.body.contains { if case .blockQuote = $0 { true } else { false } })
        #expect(article.body.contains { if case .list(let list) = $0 { list.items.count == 2 } else { false } })
        let text = article.body.texts.joined(separator: "\n")
        for clutter in ["cookies", "Home", "Related stories", "Great news for the town", "Copyright", "Share on social"] {
            #expect(!text.contains(clutter), "\(clutter) is in the body")
        }
    }

    @Test func metadataSourcesAreRecorded() throws {
        let sources = try WebFixtures.page("pages/news-article.html").metadataSources ?? []
        #expect(sources.first { $0.field == "title" }?.source == "JSON-LD headline")
        #expect(sources.first { $0.field == "byline" }?.source == "JSON-LD author")
        #expect(sources.first { $0.field == "date" }?.source == "JSON-LD datePublished")
        #expect(sources.first { $0.field == "url" }?.source == "<link rel=canonical>")
        #expect(sources.first { $0.field == "language" }?.source == "<html lang>")
    }

    @Test func removedPartsAreListedWithReasonsAndSourceLines() throws {
        let removed = try WebFixtures.page("pages/news-article.html").removed
        let reasons = Dictionary(grouping: removed, by: \.reason).mapValues { $0.map(\.line) }
        #expect(reasons[.cookieBanner] == [18])
        #expect(reasons[.navigation] == [19])
        #expect(reasons[.caption] == [27])
        #expect(reasons[.relatedStory] == [36])
        #expect(reasons[.comments] == [37])
        #expect(reasons[.title] == [23])
    }

    @Test func scriptAndDataLinksAreOnlyText() throws {
        let article = try WebFixtures.page("pages/news-article.html")
        func urls(_ inlines: [Inline]) -> [String] {
            inlines.flatMap { inline -> [String] in
                switch inline {
                case .link(let text, let url): [url] + urls(text)
                case .emphasis(let children), .strong(let children): urls(children)
                case .text, .code, .lineBreak: []
                }
            }
        }
        let all = article.body.flatMap { block -> [String] in
            switch block {
            case .paragraph(let p), .blockQuote(let p): urls(p.content)
            case .heading(let h): urls(h.content)
            case .list(let l): l.items.flatMap(urls)
            }
        }
        #expect(all == ["https://gazette.example/port-authority"])
        #expect(article.body.texts.contains { $0.hasSuffix("revised map of the work zones this week.") })
    }

    @Test func declaredWindows1252IsDecoded() throws {
        let article = try WebFixtures.page("pages/windows-1252.html")
        #expect(article.title == "Café prices")
        #expect(article.body.texts.first?.hasPrefix("Le café coûte plus cher cette année") == true)
    }

    @Test func undeclaredUTF8IsReadAsUTF8() throws {
        let reading = try WebFixtures.read("pages/undeclared-utf8.html")
        #expect(reading.articles[0].body.texts.first?.hasPrefix("São Paulo and Māori words") == true)
        #expect(reading.diagnostics.isEmpty)
    }

    @Test func invalidUTF8IsReportedNotHidden() throws {
        let reading = try WebFixtures.read("pages/invalid-utf8.html")
        #expect(reading.diagnostics.map(\.code) == ["invalid-utf8"])
        #expect(reading.diagnostics[0].message.contains("offset 114"))
        #expect(reading.articles[0].body.texts.first?.contains("one byte \u{FFFD} is not") == true)
    }

    @Test func callersContentTypeWinsOverTheMetaDeclaration() throws {
        let bytes = Array("<html><head><meta charset=\"utf-8\"><title>T</title></head><body><p>Na\u{EF}ve</p></body></html>".data(using: .isoLatin1)!)
        let article = try WebReader.read(bytes: bytes, source: "fetched", url: "https://x.example/a", contentType: "text/html; charset=ISO-8859-1").articles[0]
        #expect(article.body.texts == ["Naïve"])
        #expect(article.url == "https://x.example/a")
    }

    @Test func filesAreRecognisedByContentNotName() throws {
        #expect(WebReader.kind(of: try WebFixtures.bytes("pages/news-article.html")) == .page)
        #expect(WebReader.kind(of: try WebFixtures.bytes("feeds/rss2.xml")) == .feed)
        #expect(WebReader.kind(of: try WebFixtures.bytes("feeds/jsonfeed.json")) == .feed)
        #expect(WebReader.kind(of: Array("Plain text article.\n".utf8)) == nil)
        #expect(WebReader.kind(of: Array(#"{"schemaVersion": 1, "articles": []}"#.utf8)) == nil)
    }
}
