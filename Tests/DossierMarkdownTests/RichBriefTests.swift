import DossierCore
import DossierMarkdown
import Foundation
import Testing
import TestSupport

@Suite struct RichBriefTests {
    let fixtures = Fixtures()

    @Test func footnoteBriefMatchesGolden() throws {
        let brief = try BriefExport(SamplePackets.rich)
        try fixtures.expectGolden(try brief.text, named: "brief.md")
        #expect(brief.diagnostics.map(\.message) == ["Who said what: the brief leaves out 2 quotes; factsheet.xlsx lists them all"])
    }

    @Test func inlineCitationBriefMatchesGolden() throws {
        let brief = try BriefExport(SamplePackets.rich, MarkdownOptions(citations: .inline))
        try fixtures.expectGolden(try brief.text, named: "brief-inline.md")
        let text = try brief.text
        #expect(text.contains("- France will cut its force in the Sahel from 5,100 troops to about 2,500 by 2023, officials said on Saturday. — Example Wire (a1-p1)\n"))
        #expect(text.contains("  - “We have nothing to do with it” — 2 sources (a1-p2, a2-p1)\n"))
        #expect(!text.contains("[^"))
    }

    @Test func mermaidTimelineFollowsTheTimelineList() throws {
        let brief = try BriefExport(SamplePackets.rich, MarkdownOptions(frontMatter: .none, citations: .none, mermaid: true))
        try fixtures.expectGolden(try brief.text, named: "brief-mermaid.md")
        let fence = try brief.tokens.first { $0.type == "fence" }
        #expect(fence?.text == """
            timeline
                title Sahel briefing
                2013-01 : France began fighting in the Sahel
                2021-09-25 : Lavrov spoke at the United Nations in New York
                2023 : France's Sahel force to fall to about 2,500

            """)
    }

    @Test func sectionsHeadingsAndTableReadBackInOrder() throws {
        let tokens = try BriefExport(SamplePackets.rich).tokens
        #expect(MarkdownReader.headings(tokens) == [
            "# Sahel briefing", "## Key points", "## Who said what", "## Facts", "## Timeline",
            "## People, organisations and places", "## Sources",
        ])
        let rows = MarkdownReader.tableRows(tokens)
        #expect(rows.prefix(3) == [
            ["… will cut its force in the Sahel from 5,100 troops to about 2,500 by 2023, officials said on …", "troops", "Example Wire; a2"],
            ["… the Sahel in January 2013 and has lost 52 soldiers; the mission cost $1.2 billion a year.", "soldiers", "Example Wire"],
            ["… and has lost 52 soldiers; the mission cost $1.2 billion a year.", "USD", "Example Wire"],
        ])
        #expect(rows.dropFirst(3).map(\.first) == ["a1", "a2"], "then the Sources table")
        // The article's link in the Sources table and in each footnote citing it.
        let links = tokens.filter { $0.type == "link_open" }.map(\.href)
        #expect(Set(links) == ["https://news.example.com/sahel?id=1&lang=en"])
        let bold = zip(tokens, tokens.dropFirst()).filter { $0.0.type == "strong_open" }.map(\.1.text)
        #expect(bold == ["5,100 troops", "52 soldiers", "$1.2 billion"], "each fact's number in bold")
    }

    @Test func everyFootnoteIsDefinedOnceForTheParagraphsCited() throws {
        let tokens = try BriefExport(SamplePackets.rich).tokens
        let references = tokens.filter { $0.type == "footnote_ref" }.map(\.label)
        let definitions = tokens.filter { $0.type == "footnote_open" }.map(\.label)
        #expect(definitions == ["a1-p1", "a2-p2", "a1-p2", "a2-p1", "a1-p4"])
        #expect(Set(references) == Set(definitions))
        #expect(references.count == 11)
        let firstText = tokens.drop { $0.type != "footnote_open" }.first { $0.type == "inline" }?.text
        #expect(firstText == "Example Wire, “France to cut Sahel force as Mali talks to Wagner”, 2021-09-25, news.example.com; a1-p1: “France will cut its force in the Sahel…”")
        let text = try BriefExport(SamplePackets.rich).text
        #expect(text.contains("[^a1-p2] [^a2-p1]"), "adjacent references are a space apart")
        #expect(!text.contains("][^"))
    }

    @Test func citingAnArticleOutsideThePacketIsReported() throws {
        var packet = SamplePackets.rich
        packet.timeline.append(TimelineEvent(id: "a9-t1", date: "2024", precision: .year, summary: "Elsewhere",
                                             article: "a9", paragraph: "a9-p1"))
        let brief = try BriefExport(packet)
        #expect(try brief.text.hasSuffix("\n\n[^a9-p1]: Article a9, not in this packet, paragraph a9-p1.\n"))
        #expect(brief.diagnostics.map(\.message).last == "the brief cites article a9, which is not in the packet")
        let inline = try BriefExport(packet, MarkdownOptions(citations: .inline))
        #expect(inline.diagnostics.map(\.code) == ["markdown-section-capped", "markdown-unknown-article"])
        #expect(try !inline.text.contains("[^"))
    }

    @Test func sourcesMarkInferredTitles() throws {
        let text = try BriefExport(SamplePackets.rich).text
        #expect(text.contains("| a2 | Russia's foreign minister said Mali turned to a private Russian military company (title inferred from the text) | | Rodney N. | |\n"))
    }

    @Test(arguments: [
        MarkdownOptions(),
        MarkdownOptions(citations: .inline),
        MarkdownOptions(frontMatter: .none, citations: .none, mermaid: true),
    ])
    func briefIsLintClean(_ options: MarkdownOptions) throws {
        let brief = try BriefExport(SamplePackets.rich, options)
        let lint = try MarkdownReader.lint(brief.file)
        #expect(lint.status == 0)
        #expect(lint.stdout.isEmpty, "\(lint.stdout)")
    }

    @Test func rerunsAreByteIdenticalWithLFAndOneTrailingNewline() throws {
        let options = MarkdownOptions(mermaid: true)
        let firstBrief = try BriefExport(SamplePackets.rich, options), secondBrief = try BriefExport(SamplePackets.rich, options)
        let first = try Data(contentsOf: firstBrief.file), second = try Data(contentsOf: secondBrief.file)
        #expect(first == second)
        #expect(!first.contains(0x0D))
        #expect(first.last == 0x0A && first.dropLast().last != 0x0A)
    }

    @Test func emptySectionsAreLeftOut() throws {
        let brief = try BriefExport(SamplePackets.emptyAnalysis)
        #expect(MarkdownReader.headings(try brief.tokens) == ["# Plain packet", "## Sources"])
        #expect(try brief.text.hasSuffix("\n\n## Sources\n\n| ID | Title | Outlet | Byline | Date |\n| --- | --- | --- | --- | --- |\n| a1 | A plain article | | | |\n"))
        #expect(try MarkdownReader.lint(brief.file).stdout.isEmpty)
    }
}

extension MarkdownOptions: CustomTestStringConvertible {
    public var testDescription: String {
        "\(frontMatter.rawValue) front matter, \(citations.rawValue) citations\(mermaid ? ", mermaid" : "")"
    }
}

@Suite struct WriteFailureTests {
    @Test func unwritableFileNamesThePath() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("missing-folder/brief.md")
        #expect {
            try MarkdownExporter().export(SamplePackets.rich, to: file)
        } throws: { error in
            guard case .cannotWrite(let path, _)? = error as? MarkdownError else { return false }
            return path == file.path && "\(error)".hasPrefix("\(file.path): cannot write the Markdown brief: ")
        }
    }
}
