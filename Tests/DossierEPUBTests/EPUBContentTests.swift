import DossierCore
import DossierEPUB
import Foundation
import Testing
import TestSupport

/// What a reader finds in the book: the package document, navigation and chapters as written,
/// escaped hostile text, marked quotes, links that reach their paragraph, split chapters.
@Suite("EPUB content")
struct EPUBContentTests {
    let fixtures = Fixtures()

    @Test("package document, navigation document and a chapter match their goldens")
    func goldens() throws {
        let book = try WrittenBook(.rich)
        try fixtures.expectGolden(book.entry("OEBPS/content.opf"), named: "rich/content.opf")
        try fixtures.expectGolden(book.entry("OEBPS/nav.xhtml"), named: "rich/nav.xhtml")
        try fixtures.expectGolden(book.entry("OEBPS/article-a1.xhtml"), named: "rich/article-a1.xhtml")
    }

    @Test("hostile text is shown as written: no script element, no javascript: link")
    func hostileTextIsEscaped() throws {
        let documents = try WrittenBook(.hostile).parsedDocuments()
        for (name, document) in documents {
            #expect(document.elements.allSatisfy { !["script", "b", "div"].contains($0) }, "\(name): \(document.elements)")
            #expect(document.references.allSatisfy { !$0.lowercased().hasPrefix("javascript:") }, "\(name)")
        }
        let chapter = try #require(documents["OEBPS/article-a1.xhtml"]).text
        for hostile in SamplePackets.hostileStrings {
            #expect(chapter.contains(ControlCharacters.strip(hostile).text), "\(hostile.debugDescription)")
        }
        #expect(chapter.contains("<script>alert(1)</script> =HYPERLINK(\"x\")"))
        #expect(chapter.contains("<h1>Subhead & co</h1>"))
        #expect(chapter.contains("By @attacker & <friends>"))
        let sources = try #require(documents["OEBPS/sources.xhtml"]).text
        #expect(sources.contains("<b>cookie</b> & =1+1"))
        #expect(sources.contains("hostile/<odd> name & co.txt"))
        #expect(try #require(documents["OEBPS/content.opf"]).text.contains("Hostile <title> & \"quotes\" =1+1"))
    }

    @Test("what the book cannot show as written is reported, and nothing else")
    func diagnostics() throws {
        let hostile = try WrittenBook(.hostile).diagnostics
        let removed = hostile.filter { $0.code == "epub-control-characters" }
        #expect(removed.map(\.paragraph) == ["a1-p18"])
        #expect(removed.first?.message == "removed 2 control characters that XHTML cannot hold from a1-p18")
        #expect(removed.first?.file == "hostile/<odd> name & co.txt")
        #expect(hostile.filter { $0.code == "epub-link-as-text" }.map(\.paragraph) == ["a1-p22"])
        #expect(try WrittenBook(.rich).diagnostics.isEmpty)
    }

    @Test("quotes found by the analysis are marked, with the speaker as title")
    func quotesAreMarked() throws {
        let book = try WrittenBook(.rich)
        let first = try book.entry("OEBPS/article-a1.xhtml")
        #expect(first.contains(#"“<span class="quote" title="Sergey Lavrov">We have nothing to do with it</span>,”"#))
        #expect(first.contains(#"<em><span class="quote">unilateral</span></em>"#))
        let second = try book.entry("OEBPS/article-a2.xhtml")
        #expect(second.contains(#"<span class="quote" title="Sergey Lavrov">We have nothing to do with it</span>"#))
        #expect(second.contains(#"a “<span class="quote">unilateral</span>” decision"#))
        #expect(second.contains(#"<p class="title-note">"#), "the inferred title is marked")
    }

    @Test("overview and index items link to the paragraph they come from")
    func overviewLinksToParagraphs() throws {
        let documents = try WrittenBook(.rich).parsedDocuments()
        let overview = try #require(documents["OEBPS/overview.xhtml"])
        #expect(overview.links == [
            "article-a1.xhtml#a1-p1", "article-a2.xhtml#a2-p2",                           // key points
            "article-a1.xhtml#a1-p4", "article-a2.xhtml#a2-p1", "article-a1.xhtml#a1-p1", // timeline, by date
            "index.xhtml#e-france", "index.xhtml#e-sergey-lavrov", "index.xhtml#e-united-nations",
            "article-a1.xhtml#a1-p2", "article-a2.xhtml#a2-p1",                           // corroborated quote
            "article-a1.xhtml#a1-p2", "article-a2.xhtml#a2-p2",
            "article-a1.xhtml#a1-p1", "article-a2.xhtml#a2-p2",                           // corroborated figure
        ])
        let index = try #require(documents["OEBPS/index.xhtml"])
        #expect(index.links.contains("article-a1.xhtml#a1-p4"))
        // Each paragraph is labelled by its article's first words and its number, as a person cites it.
        #expect(index.text.contains("France (place; also Paris): France to cut Sahel force…, ¶1; France to cut Sahel force…, ¶4; Russia's foreign minister said Mali…, ¶2"))
        #expect(index.links.contains("index.xhtml#letter-F"), "the letter bar leads to F")
        #expect(index.text.contains("F"))
    }

    @Test("every link inside the book reaches an existing file and anchor; names are ASCII and unique",
          arguments: BookPacket.allCases)
    func internalLinksResolve(_ book: BookPacket) throws {
        let written = try WrittenBook(book)
        let names = try written.entries().map(\.name)
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(names.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " } }, "\(names)")
        let documents = try written.parsedDocuments()
        for (name, document) in documents where name.hasPrefix("OEBPS/") {
            #expect(Set(document.ids).count == document.ids.count, "\(name) repeats an id")
            for href in document.references where !href.hasPrefix("http://") && !href.hasPrefix("https://") {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = "OEBPS/" + parts[0]
                #expect(names.contains(target), "\(name) links to a missing file: \(href)")
                if parts.count == 2 {
                    #expect(documents[target]?.ids.contains(parts[1]) == true, "\(name) links to a missing anchor: \(href)")
                }
            }
        }
    }

    @Test("blank titles get a name, unsafe IDs become ASCII and unique, accents dropped")
    func oddNames() throws {
        let book = try WrittenBook(.oddNames)
        let names = try book.entries().map(\.name).filter { $0.hasPrefix("OEBPS/article-") }
        #expect(names == ["OEBPS/article-x-y.xhtml", "OEBPS/article-x-y-2.xhtml", "OEBPS/article-ete.xhtml"])
        let documents = try book.parsedDocuments()
        #expect(documents["OEBPS/article-ete.xhtml"]?.ids == ["x1", "x1-2"])
        #expect(try #require(documents["OEBPS/content.opf"]).text.contains("Briefing of 2021-09-26"))
        #expect(try #require(documents["OEBPS/nav.xhtml"]).links.contains("article-ete.xhtml"))
        #expect(try #require(documents["OEBPS/article-ete.xhtml"]).text.contains("Article été"))
    }

    @Test("a chapter above maximumChapterBytes is split into parts; links reach the right part")
    func longChapterIsSplit() throws {
        let book = try WrittenBook(.long)
        let parts = try book.entries().filter { $0.name.hasPrefix("OEBPS/article-a1") }
        #expect(parts.map(\.name) == ["OEBPS/article-a1.xhtml", "OEBPS/article-a1-part2.xhtml", "OEBPS/article-a1-part3.xhtml"])
        #expect(parts.allSatisfy { $0.size <= BookPacket.longChapterLimit }, "\(parts.map(\.size))")
        let documents = try book.parsedDocuments()
        let ids = parts.flatMap { documents[$0.name]?.ids ?? [] }
        #expect(ids == (1...200).map { "a1-p\($0)" }, "every paragraph once, in order")
        let holder = try #require(parts.first { documents[$0.name]?.ids.contains("a1-p190") == true })
        let href = String(holder.name.dropFirst("OEBPS/".count)) + "#a1-p190"
        #expect(holder.name != "OEBPS/article-a1.xhtml")
        // The key point's link; the rest lead to the most mentioned entities in the index.
        #expect(try #require(documents["OEBPS/overview.xhtml"]).links.filter { $0.hasPrefix("article-") } == [href])
        let package = try book.entry("OEBPS/content.opf")
        #expect(package.contains(#"<itemref idref="article-a1-part3"/>"#))
    }

    @Test("dc:identifier comes from the content: a rebuild on another day keeps it, other text changes it")
    func identifierIsStable() throws {
        let original = try identifier(of: SamplePackets.rich)
        var redated = SamplePackets.rich
        redated.date = PacketDate("2022-03-01")!
        var edited = SamplePackets.rich
        edited.articles[1].body.removeLast()
        #expect(original.hasPrefix("urn:uuid:"))
        #expect(try identifier(of: redated) == original)
        #expect(try identifier(of: edited) != original)
    }

    private func identifier(of packet: Packet) throws -> String {
        let package = try WrittenBook(packet).entry("OEBPS/content.opf")
        let start = try #require(package.range(of: #"<dc:identifier id="pub-id">"#))
        let end = try #require(package.range(of: "</dc:identifier>", range: start.upperBound..<package.endIndex))
        return String(package[start.upperBound..<end.lowerBound])
    }
}
