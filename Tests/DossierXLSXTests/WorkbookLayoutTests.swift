@testable import DossierXLSX
import DossierCore
import Foundation
import TestSupport
import Testing

/// What a person sees on opening or printing the workbook: rows tall enough for their wrapped text,
/// paragraph IDs that lead to the paragraph, numbers shown in their unit, columns for the analyst's
/// grading, and sheets that print landscape, one page wide, with their header on every page.
struct WorkbookLayoutTests {
    let workbook: WorkbookDump

    init() throws {
        let directory = try TemporaryDirectory()
        workbook = try WorkbookReader.read(WorkbookReader.export(Self.packet, in: directory).file)
    }

    /// The rich packet with a percentage, an amount in a currency without a sign of its own, and a long quote.
    static let packet: Packet = {
        var packet = SamplePackets.rich
        let sentence = "Unemployment rose to 12.5% and the franc lost 3% against the dollar."
        packet.quantities += [
            Quantity(id: "a2-n2", value: 12.5, unit: "%", noun: "unemployment", text: "12.5%", sentence: sentence, article: "a2", paragraph: "a2-p1"),
            Quantity(id: "a2-n3", value: 3, unit: "%", noun: "franc", text: "3%", sentence: sentence, article: "a2", paragraph: "a2-p1"),
            Quantity(id: "a2-n4", value: 40_000_000, unit: "CHF", noun: "aid", text: "40 million Swiss francs", sentence: sentence, article: "a2", paragraph: "a2-p1"),
        ]
        packet.quotes[0].text = String(repeating: "A long answer that runs on and on, as spokesmen do. ", count: 12)
        return packet
    }()

    @Test func everyParagraphIDLinksToItsTextOnTheParagraphsSheet() throws {
        let paragraphs = try workbook["Paragraphs"]
        #expect(paragraphs.row(1, columns: 4) == ["Article", "Paragraph", "Kind", "Text"])
        let blocks = Self.packet.articles.flatMap(\.body)
        #expect(paragraphs.column("B") == blocks.map(\.id))
        #expect(paragraphs.column("D") == blocks.map(\.plainText))
        let rowOfParagraph = Dictionary(uniqueKeysWithValues: blocks.enumerated().map { ($1.id, $0 + 2) })
        var checked = 0
        for name in ["Key points", "Quotes", "Facts", "Timeline"] {
            let sheet = try workbook[name]
            let column = try #require(sheet.row(1, columns: 16).firstIndex(of: "Paragraph"))
            let letter = CellReference.column(column)
            for row in 2...sheet.maxRow {
                guard let cell = sheet.cells["\(letter)\(row)"] else { continue }
                let target = try #require(rowOfParagraph[cell.value], "\(name)!\(letter)\(row) names no paragraph")
                #expect(cell.link == "#'Paragraphs'!D\(target)", "\(name)!\(letter)\(row)")
                checked += 1
            }
        }
        #expect(checked == Self.packet.keyPoints.count + Self.packet.quotes.count + Self.packet.quantities.count + Self.packet.timeline.count)
    }

    @Test func factsShowMoneyPercentagesAndCountsInTheirOwnFormats() throws {
        let facts = try workbook["Facts"]
        let byID = Dictionary(uniqueKeysWithValues: (2...facts.maxRow).map { (facts.cells["A\($0)"]?.value ?? "", $0) })
        func value(_ id: String) throws -> CellDump {
            let row = try #require(byID[id])
            return try #require(facts.cells["B\(row)"])
        }
        #expect(try value("a1-n1").format == "#,##0")
        #expect(try value("a1-n3").format == "\"$\"#,##0")
        #expect(try value("a2-n4").format == "#,##0 \"CHF\"")
        // A percentage is stored as a fraction, so that 12.5% computes as 0.125.
        #expect(try value("a2-n2").value == "0.125")
        #expect(try value("a2-n2").format == "0.0##%")
        #expect(try value("a2-n3").value == "0.03")
        #expect(try value("a2-n3").format == "0%")
        #expect(facts.column("C").contains("%"), "the Unit column stays")
    }

    @Test func itemSheetsOfferTheAnalystGradingColumnsAsDropDowns() throws {
        for name in ["Key points", "Quotes", "Facts", "Timeline"] {
            let sheet = try workbook["\(name)"]
            let headers = sheet.row(1, columns: 16).filter { !$0.isEmpty }
            #expect(Array(headers.suffix(3)) == ["Assessment", "Reliability", "Notes"], "\(name)")
            let reliability = CellReference.column(headers.count - 2)
            let assessment = CellReference.column(headers.count - 3)
            let lastRow = max(sheet.maxRow, 2)
            #expect(sheet.choiceLists.contains(ChoiceListDump(range: "\(reliability)2:\(reliability)\(lastRow)", choices: AnalystColumns.reliability)), "\(name): \(sheet.choiceLists)")
            #expect(sheet.choiceLists.contains(ChoiceListDump(range: "\(assessment)2:\(assessment)\(lastRow)", choices: AnalystColumns.assessment)), "\(name): \(sheet.choiceLists)")
        }
        #expect(AnalystColumns.reliability.map { String($0.prefix(1)) } == ["A", "B", "C", "D", "E", "F"])
    }

    @Test func everySheetPrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() throws {
        for name in workbook.sheetNames {
            let print = try workbook[name].print
            #expect(print.orientation == "landscape", "\(name)")
            #expect(print.fitToPage && print.fitToWidth == 1, "\(name)")
            #expect(print.footer?.contains("&A") == true || print.footer?.contains("&[Tab]") == true, "\(name): \(String(describing: print.footer))")
            if name == "Overview" {
                #expect(print.fitToHeight == 1, "the Overview prints on one page")
            } else {
                #expect(print.fitToHeight == 0, "\(name) runs onto as many pages as it needs")
                #expect(print.titleRows == "$1:$1", "\(name)")
            }
        }
    }

    /// Every wrapped text fits its row: the row's height holds the lines the text needs at its
    /// column's width, counted here independently of the writer's own estimate (characters per
    /// line at most the column width).
    @Test func rowsAreTallEnoughForTheirWrappedText() throws {
        for name in workbook.sheetNames {
            let sheet = try workbook[name]
            for (reference, cell) in sheet.cells where cell.type == "s" {
                let letter = String(reference.prefix { $0.isLetter })
                let row = String(reference.drop { $0.isLetter })
                let width = try #require(sheet.columnWidths[letter], "\(name)!\(letter) has no width")
                let lines = cell.value.split(separator: "\n", omittingEmptySubsequences: false)
                    .reduce(0) { $0 + max(1, Int((Double($1.count) / width).rounded(.up))) }
                guard lines > 1 else { continue }
                let height = sheet.rowHeights[row] ?? 15
                // Text that does not wrap may spill into empty neighbours; only wrapped columns need height.
                let wraps = try Self.wrappedColumns(of: name).contains(letter)
                guard wraps else { continue }
                #expect(height >= Double(min(lines, 27)) * 15 - 0.01, "\(name)!\(reference): \(lines) lines in \(height) points")
            }
        }
        let quotes = try workbook["Quotes"]
        #expect((quotes.rowHeights["2"] ?? 15) >= 120, "the long quote's row grew")
    }

    @Test func columnsAreAsWideAsWhatTheyHoldAndNoWider() throws {
        let facts = try workbook["Facts"]
        // "Unit" holds three letters at most: narrow, but never under the minimum.
        #expect(facts.columnWidths["C"].map { $0 <= 8 } == true)
        // The sentence column wraps and keeps its width.
        #expect(facts.columnWidths["F"].map { $0 >= 40 && $0 <= 61 } == true)
    }

    static func wrappedColumns(of sheet: String) throws -> Set<String> {
        let packet = Self.packet
        let sources = SourcesIndex(packet.articles, rowsPerSheet: 1_000)
        let paragraphs = ParagraphsIndex(packet.articles, rowsPerSheet: 1_000)
        let corroborations = CorroborationIndex(packet.corroborations)
        let mentions = EntityMentions(packet.entities)
        let layouts = [
            KeyPointsSheet.layout(packet, sources: sources, paragraphs: paragraphs),
            QuotesSheet.layout(packet, sources: sources, paragraphs: paragraphs, corroborations: corroborations),
            EntitiesSheet.layout(packet, mentions: mentions), MentionsSheet.layout(packet, mentions: mentions, sources: sources),
            FactsSheet.layout(packet, sources: sources, paragraphs: paragraphs, corroborations: corroborations),
            TimelineSheet.layout(packet, sources: sources, paragraphs: paragraphs), SourcesSheet.layout(packet),
            ParagraphsSheet.layout(packet, sources: sources),
            WarningsSheet.layout(packet, report: ExportReport(file: "f"), sources: sources, paragraphs: paragraphs),
        ]
        guard let layout = layouts.first(where: { $0.name == sheet }) else { return ["B", "E"] } // the Overview
        return Set(layout.blocks.flatMap { block in
            block.columns.enumerated().filter(\.element.wraps).map { CellReference.column(block.firstColumn + $0.offset) }
        })
    }
}
