import DossierCore
import DossierMarkdown
import Foundation
import Testing
import TestSupport

/// Article text that looks like Markdown or HTML must reach the reader as the same plain text.
@Suite struct HostileTextTests {
    static let longURL = "https://example.com/" + String(repeating: "a", count: 300)

    /// What a reader should see of a hostile string: no control characters, white space folded.
    static func shown(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !ControlCharacters.isForbidden($0) }))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [CitationStyle.footnotes, .inline, .none])
    func articleTextCreatesNoMarkup(_ citations: CitationStyle) throws {
        let tokens = try BriefExport(SamplePackets.hostile, MarkdownOptions(citations: citations)).tokens
        let types = Set(tokens.map(\.type))
        for markup in ["html_inline", "html_block", "em_open", "s_open", "image", "code_inline",
                       "code_block", "fence", "blockquote_open", "ordered_list_open", "hr"] {
            #expect(!types.contains(markup), "article text became \(markup)")
        }
        // The one bold text is the fact's number, which the brief sets in bold itself.
        #expect(tokens.filter { $0.type == "strong_open" }.count == 1)
        #expect(MarkdownReader.headings(tokens) == [
            "# Hostile <title> & \"quotes\" =1+1", "## Key points", "## Who said what", "## Facts", "## Timeline",
            "## People, organisations and places", "## Sources",
        ])
        #expect(tokens.filter { $0.type == "table_open" }.count == 2)
        #expect(Set(tokens.filter { $0.type == "link_open" }.map(\.href)) == [Self.longURL])
    }

    /// The hostile packet with every hostile string as a dated event too: the brief shows only a few
    /// strong quotes, but every event fits its budget.
    static var hostileEvents: Packet {
        var packet = SamplePackets.hostile
        packet.timeline = SamplePackets.hostileStrings.enumerated().map { n, text in
            TimelineEvent(id: "a1-t\(n + 1)", date: "2020-08", precision: .month, summary: text, article: "a1", paragraph: "a1-p\(n + 1)")
        }
        return packet
    }

    @Test func everyHostileStringReadsBackAsPlainText() throws {
        let tokens = try BriefExport(Self.hostileEvents).tokens
        let texts = tokens.filter { $0.type == "inline" }.map(\.text)
        for hostile in SamplePackets.hostileStrings {
            #expect(texts.contains("2020-08: \(Self.shown(hostile))"), "event not shown as written: \(hostile)")
        }
        #expect(texts.contains("“<https://autolink.example.com> and <div>raw html</div>”"))
        #expect(texts.contains("# heading? <b>no</b> | pipe — ]]>"))
        #expect(texts.contains("<script> (organisation; also =1+1, | pipe |): 1 mention in 1 article"))
        #expect(MarkdownReader.tableRows(tokens).contains(["a1", "<script>alert(1)</script> =HYPERLINK(\"x\")", "]]>", "@attacker & <friends>", ""]))
    }

    @Test func factsTableKeepsItsColumns() throws {
        let tokens = try BriefExport(SamplePackets.hostile, MarkdownOptions(citations: .none)).tokens
        #expect(MarkdownReader.tableRows(tokens).first == ["3 =SUM(A1) <things>", "=SUM(A1) <things>", "]]>"])
    }

    @Test func hostileBriefIsLintClean() throws {
        let brief = try BriefExport(SamplePackets.hostile)
        let lint = try MarkdownReader.lint(brief.file)
        #expect(lint.stdout.isEmpty, "\(lint.stdout)")
    }

    @Test func removedControlCharactersAreReported() throws {
        let brief = try BriefExport(Self.hostileEvents)
        let warning = try #require(brief.diagnostics.first { $0.code == "markdown-control-characters" })
        #expect(warning.severity == .warning)
        #expect(warning.message == "removed control characters that Markdown cannot show from 1 text")
        #expect(try !brief.text.unicodeScalars.contains { ControlCharacters.isForbidden($0) && $0 != "\n" })
    }

    @Test func onlyHTTPLinksAreLinkedAndURLsArePercentEncoded() throws {
        var packet = SamplePackets.rich
        packet.articles[0].url = "javascript:alert(1)"
        packet.articles[1].url = "HTTPS://example.com/a b(c)<d>\"e\"?x=1&copy;=2"
        let brief = try BriefExport(packet)
        #expect(try Set(brief.tokens.filter { $0.type == "link_open" }.map(\.href))
            == ["HTTPS://example.com/a%20b%28c%29%3Cd%3E%22e%22?x=1&copy;=2"])
        let note = try #require(brief.diagnostics.first { $0.code == "markdown-link-not-shown" })
        #expect(note.article == "a1")
        #expect(try brief.text.contains("| a1 | France to cut Sahel force as Mali talks to Wagner | Example Wire |"))
    }
}
