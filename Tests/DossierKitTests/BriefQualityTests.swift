import DossierCore
import Foundation
import TestSupport
import Testing

/// The brief as a reader checks it: two minutes of reading, key points and synopsis that are whole
/// sentences of the story (no page furniture), no point said twice, and every story heard.
@Suite("Brief quality")
struct BriefQualityTests {
    static let seeds: URL = ExamplePacketTests.repository.appendingPathComponent("examples/mali-briefing/articles")
    static let dev: URL = SeedPacketTests.shared.appendingPathComponent("dev/articles")
    static let hostile: URL = Fixtures().url("hostile-news")

    /// A built packet and its brief.
    struct Built {
        let folder: TemporaryDirectory
        let packet: Packet
        var brief: URL { folder.file("brief.md") }
    }

    static func build(_ inputs: [URL], words: Int? = nil) throws -> Built {
        let folder = try TemporaryDirectory()
        var arguments = ["build"] + inputs.map(\.path) + ["-o", folder.url.path, "-f", "markdown", "-f", "json", "--date", "2024-03-01", "--quiet"]
        if let words {
            let manifest = folder.file("dossier.yml")
            try "inputs: [\(inputs.map { "\"\($0.path)\"" }.joined(separator: ", "))]\nmarkdown: {words: \(words)}\n"
                .write(to: manifest, atomically: true, encoding: .utf8)
            arguments = ["build", "--manifest", manifest.path, "-o", folder.url.path, "-f", "markdown", "-f", "json", "--date", "2024-03-01", "--quiet"]
        }
        let run = try DossierCommand.run(arguments, in: folder.url)
        try #require(run.status == 0, "\(run.stderr)")
        let packet = try JSONDecoder().decode(Packet.self, from: Data(contentsOf: folder.file("packet.json")))
        return Built(folder: folder, packet: packet)
    }

    /// Every check of the issue on one packet: reading words, junk, overlap, story coverage.
    static func expectReadable(_ built: Built, limit: Int = 600, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let words = try BriefCheck.readingWords(built.brief)
        #expect(words <= limit, "the brief reads \(words) words", sourceLocation: sourceLocation)
        let packetPoints = built.packet.keyPoints.filter { $0.scope == .packet }
        #expect((5...8).contains(packetPoints.count) || packetPoints.count == built.packet.keyPoints.filter { $0.scope == .article }.count,
                sourceLocation: sourceLocation)
        let synopsis = built.packet.synopsis ?? []
        #expect((1...4).contains(synopsis.count), sourceLocation: sourceLocation)
        for text in built.packet.keyPoints.map(\.text) + synopsis.map(\.text) {
            #expect(BriefCheck.junk(text) == nil, "\(BriefCheck.junk(text) ?? ""): \(text)", sourceLocation: sourceLocation)
        }
        let shown = try briefKeyPoints(built)
        for (i, a) in shown.enumerated() {
            for b in shown[(i + 1)...] {
                #expect(BriefCheck.tokenOverlap(a.text, b.text) <= 0.5, "\(a.text) / \(b.text)", sourceLocation: sourceLocation)
            }
        }
        let stories = built.packet.stories ?? []
        let heard = Set(shown.compactMap(\.story))
        #expect(Double(heard.count) >= 0.8 * Double(stories.count),
                "key points from \(heard.count) of \(stories.count) stories", sourceLocation: sourceLocation)
        #expect(Set(stories.flatMap(\.articles)) == Set(built.packet.articles.map(\.id)), sourceLocation: sourceLocation)
    }

    /// The key points the brief shows: its list items before "Who said what", matched to the packet's
    /// key points by the paragraph they cite.
    static func briefKeyPoints(_ built: Built) throws -> [KeyPoint] {
        let text = try String(contentsOf: built.brief, encoding: .utf8)
        let end = ["## Who said what", "## Facts", "## Timeline", "## People", "## Sources"].compactMap { text.range(of: "\n\($0)")?.lowerBound }.min()
        let lines = text[..<(end ?? text.endIndex)].split(separator: "\n").filter { $0.hasPrefix("- ") }
        return lines.compactMap { line in
            guard let label = line.range(of: "[^")?.upperBound, let close = line[label...].firstIndex(of: "]") else { return nil }
            let paragraph = String(line[label..<close])
            return built.packet.keyPoints.first { $0.paragraph == paragraph && line.contains(String($0.text.prefix(20))) }
        }
    }

    @Test("the seeds: one story, no sections, a two-minute brief")
    func seeds() throws {
        let built = try Self.build([Self.seeds])
        try Self.expectReadable(built)
        #expect(built.packet.stories?.count == 1)
        #expect(built.packet.title == built.packet.stories?.first?.title)
        let text = try String(contentsOf: built.brief, encoding: .utf8)
        #expect(text.contains("\n## Key points\n"))
        #expect(!built.packet.title.contains("Briefing"))
    }

    @Test("the dev articles: every story heard", .enabled(if: FileManager.default.fileExists(atPath: SeedPacketTests.shared.path)))
    func dev() throws {
        try Self.expectReadable(try Self.build([Self.dev]))
    }

    @Test("a mixed pile of two folders: one story per folder, each with its section", .enabled(if: FileManager.default.fileExists(atPath: SeedPacketTests.shared.path)))
    func mixedPile() throws {
        let built = try Self.build([Self.dev, Self.seeds])
        try Self.expectReadable(built)
        let stories = try #require(built.packet.stories)
        #expect(stories.map(\.articles.count).sorted() == [2, 12])
        let text = try String(contentsOf: built.brief, encoding: .utf8)
        for story in stories { #expect(text.contains("\n## \(story.title.prefix(12))")) }
        #expect(text.contains("articles in 2 stories"))
    }

    @Test("live blogs, wire flashes, captions and tweets give no junk key point")
    func hostilePages() throws {
        let built = try Self.build([Self.hostile])
        try Self.expectReadable(built)
        let stories = try #require(built.packet.stories)
        #expect(stories.count == 1, "four reports of one flood are one story: \(stories.map(\.articles))")
    }

    @Test("the words budget comes from dossier.yml and what is left out is pointed to")
    func configuredBudget() throws {
        let built = try Self.build([Self.seeds], words: 250)
        try Self.expectReadable(built, limit: 250)
        let text = try String(contentsOf: built.brief, encoding: .utf8)
        #expect(text.contains(" more quotes in factsheet.xlsx, Quotes.\n") || !text.contains("## Who said what"))
    }

    @Test("dossier.yml's stories: name the sections and hold the articles they list")
    func declaredStories() throws {
        let folder = try TemporaryDirectory()
        let manifest = folder.file("dossier.yml")
        let files = ["live-blog.txt", "wire-flashes.txt", "captions.txt", "tweets.txt"].map { Self.hostile.appendingPathComponent($0).path }
        try """
            inputs: [\(files.map { "\"\($0)\"" }.joined(separator: ", "))]
            stories:
              The river peaks: ["\(files[0])", "\(files[1])"]
              The clean-up: ["\(files[2])", "\(files[3])"]
            """.write(to: manifest, atomically: true, encoding: .utf8)
        let run = try DossierCommand.run(["build", "--manifest", manifest.path, "-o", folder.url.path, "-f", "markdown", "-f", "json",
                                          "--date", "2026-03-04", "--quiet"], in: folder.url)
        try #require(run.status == 0, "\(run.stderr)")
        let packet = try JSONDecoder().decode(Packet.self, from: Data(contentsOf: folder.file("packet.json")))
        #expect(Set((packet.stories ?? []).map(\.title)) == ["The river peaks", "The clean-up"])
        #expect((packet.stories ?? []).map(\.articles.count) == [2, 2])
        let brief = try String(contentsOf: folder.file("brief.md"), encoding: .utf8)
        #expect(brief.contains("\n## The river peaks (2 articles)\n"))
        #expect(brief.contains("\n## The clean-up (2 articles)\n"))
        #expect(packet.keyPoints.allSatisfy { $0.story != nil })
    }

    @Test("the junk rules of the check catch what they name")
    func junkRules() {
        let junk: [(String, String)] = [
            ("caption", "Troops patrol the market in Gao on Friday (Jane Doe/Example Pictures)"),
            ("time stamp", "12.05pm The minister arrived at the summit."),
            ("flash", "BREAKING: MINISTER RESIGNS AFTER VOTE"),
            ("tweet", "Great turnout in the square today #vote"),
            ("link teaser", "The storm in the north, in pictures"),
            ("question", "What happens next?"),
            ("fragment", "and then the minister left."),
        ]
        for (rule, sentence) in junk { #expect(BriefCheck.junk(sentence) == rule, "\(sentence)") }
        #expect(BriefCheck.junk("SEOUL, South Korea — The vote failed on Saturday after lawmakers left.") == nil)
        #expect(BriefCheck.junk("NATO-led forces said the road was open again.") == nil)
    }
}
