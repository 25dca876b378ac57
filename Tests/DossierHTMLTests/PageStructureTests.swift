import DossierCore
import DossierHTML
import Foundation
import Testing
import TestSupport

/// What the page is made of: semantic landmarks, footnotes with back-links, and nothing from outside.
@Suite struct PageStructureTests {
    private let fixtures = Fixtures()

    @Test func landmarksQuotesAndFootnotes() throws {
        let page = try PageExport(SamplePackets.rich).text
        for markup in ["<html lang=\"en\" dir=\"ltr\">", "<header>", "<nav aria-labelledby=\"contents\">", "<main>",
                       "<section id=\"key-points\"", "<figure>\n<table>", "<th scope=\"col\">Value</th>",
                       "<blockquote cite=\"https://news.example.com/sahel?id=1&amp;lang=en\">",
                       "<a href=\"#note-1\" id=\"ref-1\" title=\"a1-p1\">1</a>", "<li id=\"note-1\">",
                       "<a class=\"back\" href=\"#ref-1\"", "@media (prefers-color-scheme: dark)", "@media print",
                       "<time datetime=\"2013-01\">2013-01</time>"] {
            #expect(page.contains(markup), "page lacks \(markup)")
        }
    }

    @Test func selfContained() throws {
        let page = try PageExport(SamplePackets.rich).text
        for outside in ["<script", "<link", "<img", "<iframe", "src=", "@import", "url("] {
            #expect(!page.contains(outside), "page has \(outside)")
        }
    }

    @Test func hostileLinksAreTextAndReported() throws {
        var packet = SamplePackets.rich
        packet.articles[0].url = "javascript:alert(1)"
        let export = try PageExport(packet)
        let page = try export.text
        #expect(!page.contains("href=\"javascript"))
        #expect(page.contains("paragraph a1-p1. javascript:alert(1)"))
        #expect(export.diagnostics.contains { $0.code == "html-link-as-text" })
    }

    @Test func rightToLeftTextGetsItsDirection() throws {
        let page = try PageExport(SamplePackets.hostile).text
        #expect(page.contains("<p dir=\"auto\">“مرحبا بالعالم — שלום עולם (right-to-left)”</p>"))
    }

    @Test func controlCharactersAreRemovedAndReported() throws {
        let export = try PageExport(SamplePackets.hostile)
        #expect(!(try export.text).unicodeScalars.contains { $0.value == 0x07 || $0.value == 0x1B })
        #expect(export.diagnostics.contains { $0.code == "html-control-characters" && $0.severity == .warning })
    }

    @Test func sameBytesEveryTime() throws {
        let first = try PageExport(SamplePackets.rich), second = try PageExport(SamplePackets.rich)
        #expect(try Data(contentsOf: first.file) == Data(contentsOf: second.file))
    }

    @Test func richPageMatchesItsGolden() throws {
        try fixtures.expectGolden(try PageExport(SamplePackets.rich).text, named: "rich/brief.html")
    }
}
