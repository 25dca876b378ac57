@testable import DossierXLSX
import DossierCore
import Foundation
import TestSupport
import Testing

/// The example packet's workbook, read back with openpyxl.
struct RichWorkbookTests {
    static let sheetNames = ["Overview", "Key points", "Quotes", "Entities", "Mentions", "Facts", "Timeline", "Sources", "Paragraphs", "Warnings"]

    static let blockCount = SamplePackets.rich.articles.reduce(0) { $0 + $1.body.count }

    let workbook: WorkbookDump
    let diagnostics: [Diagnostic]

    init() throws {
        let directory = try TemporaryDirectory()
        let (file, diagnostics) = try WorkbookReader.export(SamplePackets.rich, in: directory)
        workbook = try WorkbookReader.read(file)
        self.diagnostics = diagnostics
    }

    @Test func sheetsComeInOrderAsTablesWithFrozenHeaders() throws {
        #expect(workbook.sheetNames == Self.sheetNames)
        for name in Self.sheetNames {
            #expect(try workbook[name].freeze == "A2", "header row of \(name) is not frozen")
        }
        let tables = try Self.sheetNames.map { try workbook[$0].tables }
        #expect(tables == [
            ["Overview": "A1:B16", "SheetIndex": "D1:E10", "TopEntities": "G1:H4"],
            ["KeyPoints": "A1:J5"], ["Quotes": "A1:M5"], ["Entities": "A1:G4"], ["Mentions": "A1:D6"], ["Facts": "A1:N5"],
            ["Timeline": "A1:J4"], ["Sources": "A1:K3"], ["Paragraphs": "A1:D\(Self.blockCount + 1)"], ["Warnings": "A1:H6"],
        ])
        #expect(diagnostics.isEmpty)
    }

    @Test func documentPropertiesComeFromThePacket() {
        #expect(workbook.properties.title == "Sahel briefing")
        #expect(workbook.properties.subject == "Fact sheet of 2 articles")
        #expect(workbook.properties.creator == "Dossier 0.1.0")
        #expect(workbook.properties.created == "2021-09-26T00:00:00")
    }

    @Test func overviewCountsLinksEverySheetAndChartsTopEntities() throws {
        let overview = try workbook["Overview"]
        #expect(overview.column("A") == ["Title", "Date", "Generator", "Version", "Articles", "Outlets", "Key points", "Quotes",
                                         "Entities", "Facts", "Timeline events", "Corroborations", "Warnings", "Key point 1", "Key point 2"])
        #expect(overview.column("B") == ["Sahel briefing", "2021-09-26T00:00:00", "Dossier", "0.1.0", "2", "1", "4", "4",
                                         "3", "4", "3", "3", "5"] + SamplePackets.rich.keyPoints.filter { $0.scope == .packet }.map(\.text))
        #expect(overview.cells["B3"]?.type == "d")
        #expect(overview.cells["B3"]?.format == "yyyy-mm-dd")
        #expect((6...14).allSatisfy { overview.cells["B\($0)"]?.type == "n" })

        let others = Array(Self.sheetNames.dropFirst())
        #expect(Array(overview.column("D").prefix(others.count)) == others)
        #expect((2...10).map { overview.cells["D\($0)"]?.link } == others.map { "#'\($0)'!A1" })

        #expect(Array(overview.column("G").prefix(3)) == ["France", "Sergey Lavrov", "United Nations"])
        #expect((2...4).map { overview.cells["H\($0)"]?.type } == ["n", "n", "n"])
        #expect(Array(overview.column("H").prefix(3)) == ["3", "2", "1"])
        let chart = try #require(workbook.charts.first)
        #expect(workbook.charts.count == 1)
        #expect(chart.direction == "bar")
        #expect(chart.categories == "Overview!$G$2:$G$4")
        #expect(chart.values == "Overview!$H$2:$H$4")
        #expect(chart.reversedCategories)
    }

    @Test func keyPointsQuotesAndEntitiesReadBackExactly() throws {
        let keyPoints = try workbook["Key points"]
        #expect(keyPoints.row(1, columns: 6) == ["ID", "Scope", "Rank", "Point", "Article", "Paragraph"])
        #expect(keyPoints.row(3, columns: 6) == ["k2", "packet", "2", SamplePackets.rich.keyPoints[1].text, "a2", "a2-p2"])
        #expect(keyPoints.cells["C3"]?.type == "n")
        #expect(keyPoints.column("E") == ["a1", "a2", "a1", "a2"])

        let quotes = try workbook["Quotes"]
        #expect(quotes.row(1, columns: 9) == ["ID", "Quote", "Speaker", "Speaker kind", "Partial", "Article", "Paragraph",
                                              "Corroborated by", "Corroborating articles"])
        #expect(quotes.row(2, columns: 9) == ["a1-q1", "We have nothing to do with it", "Sergey Lavrov", "person", "no", "a1", "a1-p2", "1", "a2"])
        #expect(quotes.row(5, columns: 9) == ["a2-q2", "unilateral", "", "", "yes", "a2", "a2-p2", "1", "a1"])
        #expect(quotes.cells["H2"]?.type == "n")

        let entities = try workbook["Entities"]
        #expect(entities.row(1, columns: 7) == ["ID", "Name", "Kind", "Aliases", "Total mentions", "Articles", "Article IDs"])
        #expect(entities.row(3, columns: 7) == ["e-france", "France", "place", "Paris", "3", "2", "a1, a2"])
        #expect(entities.row(4, columns: 7) == ["e-united-nations", "United Nations", "organization", "UN", "1", "1", "a2"])
        #expect(["E3", "F3"].allSatisfy { entities.cells[$0]?.type == "n" })
    }

    @Test func mentionsListEveryEntityArticlePairWithCountsAsNumbers() throws {
        let mentions = try workbook["Mentions"]
        #expect(mentions.row(1, columns: 4) == ["Entity ID", "Entity", "Article", "Mentions"])
        let rows = (2...6).map { mentions.row($0, columns: 4) }
        #expect(rows == [
            ["e-sergey-lavrov", "Sergey Lavrov", "a1", "1"], ["e-sergey-lavrov", "Sergey Lavrov", "a2", "1"],
            ["e-france", "France", "a1", "2"], ["e-france", "France", "a2", "1"],
            ["e-united-nations", "United Nations", "a2", "1"],
        ])
        #expect((2...6).allSatisfy { mentions.cells["D\($0)"]?.type == "n" })
        #expect((2...6).map { mentions.cells["C\($0)"]?.link } == ["a1", "a2", "a1", "a2", "a2"].map { $0 == "a1" ? "#'Sources'!A2" : "#'Sources'!A3" })
    }

    @Test func factsAreNumbersAndTimelineDatesAreDatesAtTheirPrecision() throws {
        let facts = try workbook["Facts"]
        #expect(facts.column("B") == ["5100", "52", "1200000000", "5100"])
        #expect((2...5).allSatisfy { facts.cells["B\($0)"]?.type == "n" })
        // Counts are plain numbers, money shows its currency.
        #expect((2...5).map { facts.cells["B\($0)"]?.format } == ["#,##0", "#,##0", "\"$\"#,##0", "#,##0"])
        #expect(facts.row(4, columns: 10) == ["a1-n3", "1200000000", "USD", "mission cost", "$1.2 billion",
                                              SamplePackets.rich.quantities[2].sentence, "a1", "a1-p4", "0", ""])

        let timeline = try workbook["Timeline"]
        #expect(timeline.column("B") == ["2013-01-01T00:00:00", "2021-09-25T00:00:00", "2023-01-01T00:00:00"])
        #expect((2...4).map { timeline.cells["B\($0)"]?.type } == ["d", "d", "d"])
        #expect((2...4).map { timeline.cells["B\($0)"]?.format } == ["yyyy-mm", "yyyy-mm-dd", "yyyy"])
        #expect(timeline.column("C") == ["month", "day", "year"])
        #expect(timeline.row(2, columns: 6) == ["a1-t1", "2013-01-01T00:00:00", "month", "France began fighting in the Sahel", "a1", "a1-p4"])
    }

    @Test func articleIDsLinkToTheirSourcesRow() throws {
        for name in ["Key points", "Quotes", "Mentions", "Facts", "Timeline", "Warnings"] {
            let sheet = try workbook[name]
            let links = sheet.cells.values.filter { $0.link?.hasPrefix("#'Sources'") == true }
            #expect(!links.isEmpty, "\(name) has no provenance links")
            for cell in links {
                #expect(cell.link == (cell.value == "a1" ? "#'Sources'!A2" : "#'Sources'!A3"), "\(name): \(cell)")
            }
        }
        let sources = try workbook["Sources"]
        #expect(sources.column("A") == ["a1", "a2"])
    }

    @Test func sourcesFlagInferredTitlesAndLinkURLs() throws {
        let sources = try workbook["Sources"]
        #expect(sources.row(1, columns: 11) == ["ID", "Title", "Title inferred", "Outlet", "Byline", "Credit", "Date",
                                                "Source file", "URL", "Paragraphs", "Words"])
        let url = "https://news.example.com/sahel?id=1&lang=en"
        #expect(sources.row(2, columns: 11) == ["a1", "France to cut Sahel force as Mali talks to Wagner", "no", "Example Wire", "Jane Roe",
                                                "Reporting by Jane Roe; Editing by Sam Poe", "2021-09-25T00:00:00",
                                                "articles/sahel-drawdown.md", url, "3", "77"])
        #expect(sources.cells["I2"]?.link == url)
        #expect(sources.cells["G2"]?.type == "d")
        #expect(sources.row(3, columns: 11) == ["a2", SamplePackets.rich.articles[1].title, "yes", "", "Rodney N.", "", "",
                                                "articles/lavrov-un.txt", "", "2", "34"])
    }

    @Test func warningsHoldEveryDiagnosticAndRemovedLine() throws {
        let warnings = try workbook["Warnings"]
        #expect(warnings.row(1, columns: 8) == ["Severity", "Code", "Message", "Reason", "File", "Line", "Article", "Paragraph"])
        #expect(warnings.column("B") == ["article-skipped", "control-characters", "removed-share-line", "removed-cookie-banner", "removed-tag-line"])
        #expect(warnings.row(4, columns: 8) == ["note", "removed-share-line", "Share this article on Facebook",
                                                BoilerplateRule.shareLine.explanation, "articles/sahel-drawdown.md", "3", "a1", ""])
        #expect(warnings.cells["F4"]?.type == "n")
        #expect(warnings.row(3, columns: 8) == ["warning", "control-characters", "removed 1 control character that documents cannot hold",
                                                "", "articles/lavrov-un.txt", "", "a2", ""])
    }

    @Test func synopsisOpensTheOverviewAndEveryItemNamesItsStory() throws {
        var packet = SamplePackets.rich
        packet.stories = [Story(id: "st1", title: "Sahel drawdown", articles: ["a1", "a2"])]
        packet.synopsis = [SynopsisSentence(id: "s1", text: "France is cutting its Sahel force.", article: "a1", paragraph: "a1-p1", story: "st1")]
        for i in packet.quotes.indices { packet.quotes[i].story = "st1" }
        for i in packet.timeline.indices { packet.timeline[i].story = "st1" }
        let directory = try TemporaryDirectory()
        let workbook = try WorkbookReader.read(WorkbookReader.export(packet, in: directory).file)
        let overview = try workbook["Overview"]
        #expect(overview.cells["A15"]?.value == "What happened")
        #expect(overview.cells["B15"]?.value == "France is cutting its Sahel force.")
        #expect(try workbook["Quotes"].column("J") == packet.quotes.map { _ in "Sahel drawdown" })
        #expect(try workbook["Timeline"].column("G") == packet.timeline.map { _ in "Sahel drawdown" })
        #expect(try workbook["Facts"].column("K").allSatisfy(\.isEmpty), "items without a story leave the column empty")
    }

    @Test func aPacketWithoutAnalysisStillHasEveryTable() throws {
        let directory = try TemporaryDirectory()
        let empty = try WorkbookReader.read(WorkbookReader.export(SamplePackets.emptyAnalysis, in: directory).file)
        #expect(empty.sheetNames == Self.sheetNames)
        // Excel needs a data row under a table's header, so an empty table spans one empty row.
        #expect(try empty["Quotes"].tables == ["Quotes": "A1:M2"])
        #expect(try empty["Quotes"].row(1, columns: 2) == ["ID", "Quote"])
        #expect(try empty["Overview"].tables["TopEntities"] == "G1:H2")
        #expect(empty.charts.isEmpty)
    }
}
