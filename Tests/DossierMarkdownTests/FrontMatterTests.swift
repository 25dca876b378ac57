import DossierCore
import DossierMarkdown
import Foundation
import Testing
import TestSupport

/// Front matter is read back by real YAML and TOML parsers, hostile titles included.
@Suite struct FrontMatterTests {
    /// Parses the front matter between the fences with PyYAML or tomllib and prints it as JSON.
    private static let script = #"""
    import json, sys, tomllib, yaml
    text = open(sys.argv[2], encoding="utf-8").read()
    fence = "---\n" if sys.argv[1] == "yaml" else "+++\n"
    assert text.startswith(fence), "no front matter"
    block = text[len(fence):text.index("\n" + fence, len(fence)) + 1]
    data = yaml.safe_load(block) if sys.argv[1] == "yaml" else tomllib.loads(block)
    print(json.dumps(data, default=str, sort_keys=True))
    """#

    struct Metadata: Decodable, Equatable {
        var title: String
        var date: String
        var generator: String
        var articles: Int
        var sources: [String]
        var tags: [String]
    }

    private func frontMatter(_ packet: Packet, _ style: FrontMatterStyle) throws -> Metadata {
        let brief = try BriefExport(packet, MarkdownOptions(frontMatter: style))
        let output = try Validators.python(Self.script, arguments: [style.rawValue, brief.file.path])
        try #require(output.status == 0, "\(output.stderr)")
        return try JSONDecoder().decode(Metadata.self, from: Data(output.stdout.utf8))
    }

    @Test(arguments: [FrontMatterStyle.yaml, .toml])
    func frontMatterHoldsThePacketsMetadata(_ style: FrontMatterStyle) throws {
        let data = try frontMatter(SamplePackets.rich, style)
        #expect(data == Metadata(title: "Sahel briefing", date: "2021-09-26", generator: "Dossier 0.1.0", articles: 2,
                                 sources: ["Example Wire"], tags: ["Sahel", "security"]))
    }

    @Test(arguments: [FrontMatterStyle.yaml, .toml])
    func hostileValuesStayStrings(_ style: FrontMatterStyle) throws {
        var packet = SamplePackets.hostile
        packet.title = "x: [1]\n# \"quoted\" \\ back 'single' \u{2028} {a = 1} ---"
        packet.articles[0].tags = ["- not a list", "true", "&anchor", "*alias"]
        let data = try frontMatter(packet, style)
        #expect(data == Metadata(title: "x: [1] # \"quoted\" \\ back 'single' {a = 1} ---", date: "2021-09-26",
                                 generator: "Dossier 0.1.0", articles: 1, sources: ["]]>"],
                                 tags: ["- not a list", "true", "&anchor", "*alias"]))
    }

    @Test func noFrontMatterStartsWithTheTitle() throws {
        let brief = try BriefExport(SamplePackets.rich, MarkdownOptions(frontMatter: .none))
        #expect(try brief.text.hasPrefix("# Sahel briefing\n\n2021-09-26 · 2 articles\n\n"))
        #expect(try MarkdownReader.lint(brief.file).stdout.isEmpty)
    }

    @Test func tomlFrontMatterIsFencedWithPluses() throws {
        let brief = try BriefExport(SamplePackets.emptyAnalysis, MarkdownOptions(frontMatter: .toml))
        #expect(try brief.text.hasPrefix("""
            +++
            title = "Plain packet"
            date = 2021-09-26
            generator = "Dossier 0.1.0"
            articles = 1
            sources = []
            tags = []
            +++

            # Plain packet

            """))
    }
}
