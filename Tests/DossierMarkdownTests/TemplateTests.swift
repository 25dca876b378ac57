import DossierCore
import DossierMarkdown
import Foundation
import Testing
import TestSupport

@Suite struct TemplateTests {
    let fixtures = Fixtures()

    private func render(_ packet: Packet, template: String, citations: CitationStyle = .footnotes) throws -> BriefExport {
        let folder = try TemporaryDirectory()
        let file = folder.file("t.mustache")
        try template.write(to: file, atomically: true, encoding: .utf8)
        return try BriefExport(packet, MarkdownOptions(citations: citations, template: file))
    }

    @Test func sampleTemplateMatchesGolden() throws {
        let options = MarkdownOptions(template: fixtures.url("brief-template.mustache"))
        let brief = try BriefExport(SamplePackets.rich, options)
        try fixtures.expectGolden(try brief.text, named: "brief-template.md")
        let tokens = try brief.tokens
        #expect(MarkdownReader.headings(tokens) == ["# Sahel briefing (2021-09-26)", "## Quotes", "## Sources"])
        let references = Set(tokens.filter { $0.type == "footnote_ref" }.map(\.label))
        #expect(references == Set(tokens.filter { $0.type == "footnote_open" }.map(\.label)))
        #expect(try MarkdownReader.lint(brief.file).stdout.isEmpty)
    }

    @Test func variablesAreEscapedForMarkdownNotHTML() throws {
        let brief = try render(SamplePackets.hostile, template: "{{title}}\n\n{{#quotes}}\n- {{text}}\n{{/quotes}}\n")
        let tokens = try brief.tokens
        #expect(!tokens.contains { ["html_inline", "html_block", "link_open", "em_open", "heading_open"].contains($0.type) })
        let texts = tokens.filter { $0.type == "inline" }.map(\.text)
        #expect(texts.first == "Hostile <title> & \"quotes\" =1+1")
        #expect(texts.contains("<script>alert('x')</script> & <b>bold</b>"))
        #expect(texts.contains("1. not a list"))
        #expect(!(try brief.text.contains("&amp;lt;")))
    }

    @Test func absentValuesAreEmptyAndDoNotFallBackToThePacket() throws {
        let brief = try render(SamplePackets.rich, template: "{{#articles}}{{id}}={{date}}{{#byline}} by {{byline}}{{/byline}};{{/articles}}")
        #expect(try brief.text == "a1=2021-09-25 by Jane Roe;a2= by Rodney N.;\n")
    }

    @Test func citationsFollowTheCitationOption() throws {
        let template = "{{#timeline}}{{date}} {{summary}}{{{citation}}}|{{/timeline}}"
        #expect(try render(SamplePackets.rich, template: template, citations: .inline).text
            == "2013-01 France began fighting in the Sahel (a1-p4)|2021-09-25 Lavrov spoke at the United Nations in New York (a2-p1)|2023 France's Sahel force to fall to about 2,500 (a1-p1)|\n")
        #expect(try render(SamplePackets.rich, template: "{{#keyPoints}}{{rank}}{{{citation}}} {{/keyPoints}}", citations: .none).text
            == "1 2 \n")
    }

    @Test func templateLineEndingsBecomeLF() throws {
        #expect(try render(SamplePackets.emptyAnalysis, template: "# {{title}}\r\n\r\nText\r\n\r\n\r\n").text == "# Plain packet\n\nText\n")
    }

    @Test func invalidTemplateNamesFileLineAndColumn() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("broken.mustache")
        try "# {{title}}\n{{#quotes}}{{text}}\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: MarkdownError.self) {
            try MarkdownExporter(options: MarkdownOptions(template: file)).export(SamplePackets.rich, into: folder.url)
        }
        do {
            _ = try MarkdownExporter(options: MarkdownOptions(template: file)).export(SamplePackets.rich, into: folder.url)
        } catch let error as MarkdownError {
            guard case .invalidTemplate(let path, let line, _, _) = error else { Issue.record("\(error)"); return }
            #expect(path == file.path)
            #expect(line == 3)
            #expect(error.description.hasPrefix("\(file.path):3:"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("brief.md").path))
    }

    @Test func missingTemplateIsReported() throws {
        let folder = try TemporaryDirectory()
        let missing = folder.file("missing.mustache")
        #expect {
            try MarkdownExporter(options: MarkdownOptions(template: missing)).export(SamplePackets.rich, into: folder.url)
        } throws: { error in
            guard case .unreadableTemplate(let path, _)? = error as? MarkdownError else { return false }
            return path == missing.path
        }
    }
}
