import Foundation
import TestSupport
import Testing

@Suite("web pages and feeds on the command line")
struct WebInputTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DossierWebTests/Fixtures")

    @Test("inspect page.html shows what was kept, what was removed and why, and where the metadata came from")
    func inspectPage() throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["inspect", Self.fixtures.appendingPathComponent("pages/news-article.html").path], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  title:    Harbour dredging resumes after winter pause"))
        #expect(lines.contains("  url:      https://gazette.example/2024/03/harbour-dredging"))
        #expect(lines.contains { $0.hasPrefix("  found in: title ← JSON-LD headline; byline ← JSON-LD author; date ← JSON-LD datePublished") })
        #expect(lines.contains { $0.hasPrefix("    line 18 [cookie-banner] We use cookies") })
        #expect(lines.contains { $0.hasPrefix("    line 27 [caption] A dredging barge") })
        #expect(lines.contains { $0.hasPrefix("    a1-p1 paragraph Dredging of the inner harbour channel") })
    }

    @Test("a folder gives its pages and feeds, one article per feed item, and never a packet.json")
    func folderOfPagesAndFeeds() throws {
        let folder = try TemporaryDirectory()
        let inputs = folder.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in ["pages/news-article.html", "feeds/rss2.xml", "feeds/jsonfeed.json"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name),
                                             to: inputs.appendingPathComponent((name as NSString).lastPathComponent))
        }
        try Data(#"{"schemaVersion": 1, "articles": []}"#.utf8).write(to: inputs.appendingPathComponent("packet.json"))
        let result = try DossierCommand.run(["build", "in", "-f", "json", "-o", "out", "--date", "2024-03-10"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let packet = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("out/packet.json"))) as? [String: Any]
        let sources = (packet?["articles"] as? [[String: Any]])?.compactMap { $0["source"] as? String }
        #expect(sources == ["in/jsonfeed.json#1", "in/jsonfeed.json#2", "in/news-article.html", "in/rss2.xml#1", "in/rss2.xml#2"])
    }

    @Test("a binary file named .html is one line naming it, exit 65")
    func binaryPage() throws {
        let folder = try TemporaryDirectory()
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: folder.url.appendingPathComponent("photo.html"))
        let result = try DossierCommand.run(["build", "photo.html", "-o", "out"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr.contains("photo.html: not an HTML page or feed (it holds binary data)"))
    }
}
