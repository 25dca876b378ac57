import Foundation
import TestSupport
import Testing

@Suite("dossier inspect")
struct InspectTests {
    static let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/mali-briefing/articles/lavrov-un-briefing.txt").path

    @Test("shows structure, removed lines with their reasons, and what the analysis found")
    func humanReadable() throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["inspect", Self.article], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  title:") && $0.hasSuffix("(inferred)") })
        #expect(lines.contains("  byline:   Rodney N."))
        #expect(lines.contains("  credit:   Reporting provided by Johnny Hallam of CNN in Atlanta."))
        #expect(lines.contains("  body:     12 blocks, 365 words"))
        #expect(lines.contains("    line 27 [tag-line] Tags : armed forces"))
        #expect(lines.contains("    line 30 [author-box] The author Rodney N."))
        #expect(lines.contains { $0.hasPrefix("    a1-q5 French Foreign Ministry: “The minister alerted") })
        #expect(lines.contains("    a1-n1 5,100 troops → 5100 troops (a1-p5)"))
    }

    @Test("shows the article's date and where it came from, the packet's date when the article gives none")
    func dateAndItsSource() throws {
        let folder = try TemporaryDirectory()
        try "Ferry service resumes\n\nPublished 12 March 2024\n\nThe ferry between the islands ran again on Monday after a week of storms kept every boat in port.\n"
            .write(to: folder.url.appendingPathComponent("dated.txt"), atomically: true, encoding: .utf8)
        let dated = try DossierCommand.run(["inspect", "dated.txt", "--date", "2024-06-01"], in: folder.url)
        #expect(dated.status == 0, "\(dated.stderr)")
        #expect(dated.stdout.split(separator: "\n").contains("  date:     2024-03-12 (from the publication line)"))
        let undated = try DossierCommand.run(["inspect", Self.article, "--date", "2024-06-01"], in: folder.url)
        #expect(undated.stdout.split(separator: "\n").contains("  date:     2024-06-01 (the packet's date: nothing in the article dates it)"))
    }

    @Test("--json prints the one-article packet")
    func json() throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["inspect", Self.article, "--json"], in: folder.url)
        #expect(result.status == 0)
        let packet = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(packet["articles"] as? [[String: Any]])
        #expect(articles.count == 1)
        #expect(articles[0]["titleInferred"] as? Bool == true)
        #expect((articles[0]["removed"] as? [[String: Any]])?.map { $0["reason"] as? String }
            == ["credit-line", "tag-line", "byline", "author-box"])
    }

    @Test("a bad file gets the same one-line error as build")
    func badFile() throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["inspect", "missing.txt"], in: folder.url)
        #expect(result.status == 66)
        #expect(result.stderr == "dossier: error: missing.txt: no such file or folder\n")
    }
}
