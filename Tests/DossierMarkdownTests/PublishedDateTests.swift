import DossierCore
import Foundation
import Testing
import TestSupport

/// An article that gives no date of its own carries the packet's date for ordering, but a reader must
/// not see that as its publication date: the brief's sources and citations leave it out.
struct PublishedDateTests {
    @Test func thePacketsDateStandingInIsNotShownAsAPublicationDate() throws {
        var packet = SamplePackets.rich
        let standIn = try #require(PacketDate("2031-02-03"))
        packet.articles[0].date = standIn
        packet.articles[0].dateSource = .packetDate
        #expect(packet.articles[0].publishedDate == nil)
        packet.articles[1].date = PacketDate("2021-09-24")
        packet.articles[1].dateSource = .dateline
        #expect(packet.articles[1].publishedDate == PacketDate("2021-09-24"))

        let brief = try BriefExport(packet).text
        #expect(!brief.contains(standIn.description), "the stand-in date appears in the brief")
        #expect(brief.contains("2021-09-24"), "the article's own date is shown")
    }
}
