import Foundation
import TestSupport
import Testing

/// Quotations that newspapers open at every paragraph and close only at the last one: `inspect` and
/// `build` read them as one quotation in parts, one a paragraph, instead of stopping with a crash.
@Suite("Unclosed quote marks")
struct UnclosedQuoteTests {
    static let article = """
        Harbour board hears the fishermen

        “The boats have not gone out for three weeks and the nets are rotting on the quay.

        “Nobody from the ministry has come to see what the storm left us.

        """

    @Test func inspectShowsTheQuotationOverBothParagraphs() throws {
        let folder = try TemporaryDirectory()
        try Data(Self.article.utf8).write(to: folder.file("harbour.txt"))
        let result = try DossierCommand.run(["inspect", "harbour.txt"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("“The boats have not gone out for three weeks"))
    }

    @Test func buildWritesAPacketWithTheQuotation() throws {
        let folder = try TemporaryDirectory()
        try Data(Self.article.utf8).write(to: folder.file("harbour.txt"))
        let result = try DossierCommand.run(["build", "harbour.txt", "-o", "out", "-f", "json", "--date", "2024-01-15"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let packet = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("out/packet.json"))) as? [String: Any]
        let quotes = (packet?["quotes"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
        #expect(quotes == ["The boats have not gone out for three weeks and the nets are rotting on the quay.",
                           "Nobody from the ministry has come to see what the storm left us."])
    }
}
