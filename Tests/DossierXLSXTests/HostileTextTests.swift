@testable import DossierXLSX
import DossierCore
import Foundation
import TestSupport
import Testing

/// Text that would be a formula, markup or broken XML reads back exactly, as a string; what Excel
/// cannot hold is changed visibly and reported.
struct HostileTextTests {
    /// The hostile packet plus what only a spreadsheet can trip on: a cell over Excel's limit (the
    /// 40,000-character paragraph as a key point), a literal OOXML escape, and a date before 1900.
    static var packet: Packet {
        var packet = SamplePackets.hostile
        let huge = packet.articles[0].body.map(\.plainText).first { $0.count == 40_000 }!
        packet.keyPoints.append(KeyPoint(id: "k2", scope: .packet, rank: 2, text: huge, article: "a1", paragraph: "a1-p21"))
        packet.quotes.append(Quote(id: "a1-q99", text: "_x0041_ is not an A", speaker: nil, partial: false, article: "a1", paragraph: "a1-p1"))
        packet.timeline.append(TimelineEvent(id: "a1-t2", date: "1885", precision: .year, summary: "Berlin conference", article: "a1", paragraph: "a1-p1"))
        return packet
    }

    let workbook: WorkbookDump
    let diagnostics: [Diagnostic]

    init() throws {
        let directory = try TemporaryDirectory()
        let (file, diagnostics) = try WorkbookReader.export(Self.packet, in: directory)
        workbook = try WorkbookReader.read(file)
        self.diagnostics = diagnostics
    }

    @Test func everyHostileStringIsAStringCellWithItsExactText() throws {
        let quotes = try workbook["Quotes"]
        let expected = SamplePackets.hostileStrings.map { ControlCharacters.strip($0).text } + ["_x0041_ is not an A"]
        #expect(quotes.column("B") == expected)
        #expect((2...20).allSatisfy { quotes.cells["B\($0)"]?.type == "s" })

        let sources = try workbook["Sources"]
        #expect(sources.cells["B2"] == CellDump(value: "<script>alert(1)</script> =HYPERLINK(\"x\")", type: "s", format: "General", link: nil))
        #expect(sources.cells["F2"]?.value == "=cmd|' /C calc'!A0")
        #expect(sources.cells["F2"]?.type == "s")
        #expect(try workbook["Entities"].cells["D2"]?.value == "=1+1; | pipe |")
        #expect(try workbook["Facts"].row(2, columns: 6) == ["a1-n1", "3", "", "=SUM(A1) <things>", "3 =SUM(A1) <things>", "-2 minus"])
        #expect(workbook.properties.title == "Hostile <title> & \"quotes\" =1+1")
    }

    @Test func removedControlCharactersAreReportedWhereTheyWere() throws {
        let report = try #require(diagnostics.first { $0.code == "xlsx-control-characters" })
        #expect(report.message == "'Quotes'!B19: removed 2 control characters that XML 1.0 forbids")
        #expect(report.file == "factsheet.xlsx")
        #expect(report.article == "a1")
        #expect(report.paragraph == "a1-p18")
        let warnings = try workbook["Warnings"]
        #expect(warnings.column("C").contains(report.message))
    }

    @Test func textOverTheCellLimitIsCutWithAMarkerAndAWarning() throws {
        let cell = try #require(try workbook["Key points"].cells["D3"])
        let marker = " […cut: 40000 characters, Excel holds 32767]"
        #expect(cell.type == "s")
        #expect(cell.value.utf16.count == 32_767)
        #expect(cell.value == String(repeating: "x", count: 32_767 - marker.utf16.count) + marker)
        let warning = try #require(diagnostics.first { $0.code == "xlsx-cell-truncated" && $0.message.hasPrefix("'Key points'") })
        #expect(warning.message == "'Key points'!D3: text of 40000 characters cut to Excel's limit of 32767; the cell ends with \"\(marker)\"")
        #expect(try workbook["Warnings"].column("B").contains("xlsx-cell-truncated"))
    }

    @Test func aURLOverTheLinkLimitBecomesTextWithAWarning() throws {
        let longURL = try #require(SamplePackets.hostile.articles[0].url)
        let cell = try #require(try workbook["Sources"].cells["I2"])
        #expect(cell == CellDump(value: longURL, type: "s", format: "General", link: nil))
        let warning = try #require(diagnostics.first { $0.code == "xlsx-url-too-long" })
        #expect(warning.message == "'Sources'!I2: URL of 320 characters written as text: Excel links hold at most 255")
        #expect(try workbook["Warnings"].column("C").contains(warning.message))
    }

    @Test func aDateBeforeExcelsCalendarIsTextWithAWarning() throws {
        let timeline = try workbook["Timeline"]
        #expect(timeline.cells["B3"] == CellDump(value: "1885", type: "s", format: "General", link: nil))
        #expect(timeline.cells["C3"]?.value == "year")
        #expect(diagnostics.contains { $0.code == "xlsx-date-as-text" && $0.message.hasPrefix("'Timeline'!B3: date '1885' written as text") })
    }

    @Test func theWarningsSheetCountsEveryReport() throws {
        let warnings = try workbook["Warnings"]
        let rows = SamplePackets.hostile.diagnostics.count + 1 + diagnostics.count
        #expect(warnings.column("A").count == rows)
        #expect(try workbook["Overview"].cells["B14"]?.value == String(rows))
        #expect(Array(warnings.column("B").suffix(diagnostics.count)) == diagnostics.map(\.code))
    }
}
