@testable import DossierXLSX
import DossierCore
import Foundation
import TestSupport
import Testing

/// LibreOffice opens every workbook and shows every sheet as the goldens say.
struct LibreOfficeTests {
    @Test func everySheetConvertsAndMatchesItsGolden() throws {
        let directory = try TemporaryDirectory()
        let rich = try WorkbookReader.export(SamplePackets.rich, in: directory, name: "rich.xlsx").file
        let hostile = try WorkbookReader.export(HostileTextTests.packet, in: directory, name: "hostile.xlsx").file
        let csv = try LibreOffice.convertSheetsToCSV([rich, hostile], in: directory)

        let fixtures = Fixtures()
        for sheet in RichWorkbookTests.sheetNames {
            let text = try String(contentsOf: csv.appendingPathComponent("rich-\(sheet).csv"), encoding: .utf8)
            try fixtures.expectGolden(text, named: "rich/\(sheet.replacingOccurrences(of: " ", with: "-")).csv")
            #expect(FileManager.default.fileExists(atPath: csv.appendingPathComponent("hostile-\(sheet).csv").path))
        }
        let quotes = try LibreOffice.column(1, of: csv.appendingPathComponent("hostile-Quotes.csv"))
        // LibreOffice decodes every `_xHHHH_` escape, so the literal one shows that it was protected.
        #expect(quotes == SamplePackets.hostileStrings.map { ControlCharacters.strip($0).text } + ["_x0041_ is not an A"])
    }
}

/// LibreOffice prints the workbook: each sheet one page wide, the Overview on one page.
struct LibreOfficePrintTests {
    @Test func theExampleWorkbookPrintsOnFewLandscapePages() throws {
        let directory = try TemporaryDirectory()
        let file = try WorkbookReader.export(SamplePackets.rich, in: directory, name: "rich.xlsx").file
        let pdf = try LibreOffice.convertToPDF(file, in: directory)
        let pages = try LibreOffice.pages(of: pdf)
        // One page per sheet: every table of the example fits one landscape page.
        #expect(pages.count == RichWorkbookTests.sheetNames.count, "\(pages.count) pages")
        #expect(pages.allSatisfy { $0.width > $0.height }, "every page is landscape: \(pages)")
    }
}
