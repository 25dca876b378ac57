import DossierCore
import DossierDOCX
import Foundation
import Testing
import TestSupport

/// The Word brief read back by python-docx: real headings, lists, tables and footnotes.
@Suite struct WordStructureTests {
    static let main = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    @Test func everyPartIsWellFormedInItsNamespace() throws {
        let roots = try WordExport(SamplePackets.rich).document.roots
        let package = "http://schemas.openxmlformats.org/package/2006/"
        #expect(roots == [
            "[Content_Types].xml": "{\(package)content-types}Types",
            "_rels/.rels": "{\(package)relationships}Relationships",
            "docProps/core.xml": "{\(package)metadata/core-properties}coreProperties",
            "docProps/app.xml": "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Properties",
            "word/document.xml": "\(Self.main)document",
            "word/_rels/document.xml.rels": "{\(package)relationships}Relationships",
            "word/styles.xml": "\(Self.main)styles",
            "word/numbering.xml": "\(Self.main)numbering",
            "word/settings.xml": "\(Self.main)settings",
            "word/footnotes.xml": "\(Self.main)footnotes",
            "word/_rels/footnotes.xml.rels": "{\(package)relationships}Relationships",
            "word/header1.xml": "\(Self.main)hdr",
            "word/footer1.xml": "\(Self.main)ftr",
        ])
    }

    @Test func headingsUseWordsHeadingStyles() throws {
        let headings = try WordExport(SamplePackets.rich).document.headings
        #expect(headings.map(\.style) == ["Title", "Heading 1", "Heading 1", "Heading 2", "Heading 2", "Heading 1",
                                          "Heading 1", "Heading 1", "Heading 1"])
        #expect(headings.map(\.text) == ["Sahel briefing", "Key points", "Who said what", "Sergey Lavrov", "Speaker not named",
                                         "Facts", "Timeline", "People, organisations and places", "Sources"])
    }

    @Test func listsAreNumberedAndBulleted() throws {
        let document = try WordExport(SamplePackets.rich).document
        let keyPoints = document.paragraphs.filter { $0.numbering == 2 }.map(\.text)
        #expect(keyPoints.first == "France will cut its force in the Sahel from 5,100 troops to about 2,500 by 2023, officials said on Saturday.")
        #expect(document.listItems.contains("“We have nothing to do with it” — 2 sources"))
        #expect(document.listItems.contains("“unilateral” (partial quote) — 2 sources"))
        #expect(document.listItems.contains("2013-01: France began fighting in the Sahel"))
        #expect(document.listItems.contains("Sergey Lavrov (person; also Lavrov): 2 mentions in 2 articles"))
        #expect(document.listItems.contains { $0.hasPrefix("a1: France to cut Sahel force as Mali talks to Wagner, Example Wire, Jane Roe, 2021-09-25") })
    }

    @Test func factsTableHasARepeatingHeaderRow() throws {
        let document = try WordExport(SamplePackets.rich).document
        #expect(document.headerRowRepeats == [true])
        let table = try #require(document.tables.first)
        #expect(table.first == ["Value", "What", "Source"])
        #expect(table.dropFirst().first == ["5,100 troops", "troops", "Example Wire; Russia's foreign minister said Mali turned to a private Russian military company"])
    }

    @Test func citationsAreFootnotesNamingTheArticle() throws {
        let document = try WordExport(SamplePackets.rich).document
        #expect(document.footnotes.first == "“France to cut Sahel force as Mali talks to Wagner”, Example Wire, 2021-09-25, paragraph a1-p1. https://news.example.com/sahel?id=1&lang=en")
        #expect(document.footnotes.contains("“Russia's foreign minister said Mali turned to a private Russian military company”, paragraph a2-p1."))
        #expect(document.links.contains("https://news.example.com/sahel?id=1&lang=en"))
    }

    @Test func propertiesHeaderAndPaper() throws {
        let a4 = try WordExport(SamplePackets.rich).document
        #expect(a4.title == "Sahel briefing")
        #expect(a4.author == "Dossier")
        #expect(a4.created == "2021-09-26T00:00:00+00:00")
        #expect(a4.language == "en")
        #expect(a4.header == "Sahel briefing · 2021-09-26")
        #expect(a4.page.map { $0.rounded() } == [595, 842])
        #expect(a4.fields == [" PAGE ", " NUMPAGES "])
        let letter = try WordExport(SamplePackets.rich, DOCXOptions(paper: .letter)).document
        #expect(letter.page == [612, 792])
    }

    @Test func sameBytesEveryTime() throws {
        let first = try WordExport(SamplePackets.rich), second = try WordExport(SamplePackets.rich)
        #expect(try Data(contentsOf: first.file) == Data(contentsOf: second.file))
    }

    @Test func emptyAnalysisGivesTitleAndSources() throws {
        let document = try WordExport(SamplePackets.emptyAnalysis).document
        #expect(document.headings.map(\.text) == ["Plain packet", "Sources"])
        #expect(document.footnotes.isEmpty)
    }
}
