import DossierCore
import Foundation
import Testing
@testable import DossierWeb

/// RSS, Atom and JSON feeds: each item an article, malformed feeds read as far as they go.
@Suite struct FeedReadingTests {
    @Test func rss2ItemsBecomeArticles() throws {
        let articles = try WebFixtures.read("feeds/rss2.xml").articles
        #expect(articles.map(\.title) == ["Ferry timetable changes for spring", "Lighthouse keeper appointed"])
        #expect(articles[0].byline == "Jonas Berg")
        #expect(articles[0].date == PacketDate(year: 2024, month: 3, day: 5))
        #expect(articles[0].url == "https://gazette.example/2024/03/ferry-timetable")
        #expect(articles[0].body.texts == [
            "The ferry operator will add two early sailings from the first of April, it said on Tuesday, after commuters asked for a service before seven.",
            "Fares stay the same until the autumn review.",
        ])
        #expect(articles[1].body.texts == ["A new keeper will live at the north point lighthouse from June, the council said, the first in twenty years."])
        #expect(articles.map(\.source) == [WebFixtures.path("feeds/rss2.xml") + "#1", WebFixtures.path("feeds/rss2.xml") + "#2"])
    }

    @Test func rss1ItemsAreRead() throws {
        let article = try WebFixtures.page("feeds/rss1.rdf")
        #expect(article.title == "Spring tides expected this weekend")
        #expect(article.byline == "Mira Castell")
        #expect(article.date == PacketDate(year: 2024, month: 3, day: 8))
    }

    @Test func atomEntriesAreRead() throws {
        let articles = try WebFixtures.read("feeds/atom.atom").articles
        #expect(articles.map(\.title) == ["Seals return to the outer sandbank", "Plain text summary entry"])
        #expect(articles[0].byline == "Lena Holt")
        #expect(articles[0].url == "https://gazette.example/seals")
        #expect(articles[0].body.texts.first?.hasPrefix("A colony of grey seals") == true)
        #expect(articles[1].date == PacketDate(year: 2024, month: 3, day: 5))
    }

    @Test func jsonFeedItemsAreRead() throws {
        let articles = try WebFixtures.read("feeds/jsonfeed.json").articles
        #expect(articles.map(\.byline) == ["Ada Lind", "Gazette desk"])
        #expect(articles[1].body.texts == ["The Saturday market moves into the old fish hall until the end of March.", "Stallholders welcomed the change."])
        #expect(articles[0].date == PacketDate(year: 2024, month: 3, day: 7))
    }

    @Test func malformedFeedIsReadAsFarAsItGoesAndReported() throws {
        let reading = try WebFixtures.read("feeds/malformed.xml")
        #expect(reading.articles.count >= 1)
        #expect(reading.diagnostics.contains { $0.code == "malformed-feed" })
        #expect(reading.diagnostics.contains { $0.code == "feed-bad-date" })
        #expect(reading.articles[0].date == nil)
    }

    @Test func tenThousandItemsAreRead() throws {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>"
        for index in 1...10_000 {
            xml += "<item><title>Item \(index)</title><description>Short text of item number \(index).</description></item>"
        }
        xml += "</channel></rss>"
        let reading = try WebReader.read(bytes: Array(xml.utf8), source: "big.xml")
        #expect(reading.articles.count == 10_000)
        #expect(reading.articles.last?.body.texts == ["Short text of item number 10000."])
    }
}
