@testable import DossierXLSX
import DossierCore
import Foundation
import TestSupport
import Testing

/// Reruns, constant-memory mode, the row limit, and errors reported only when the file is written.
struct ScaleTests {
    @Test(arguments: [50_000, 0])
    func rerunsAreByteIdentical(threshold: Int) throws {
        let directory = try TemporaryDirectory()
        let options = XLSXOptions(constantMemoryThreshold: threshold)
        let first = try WorkbookReader.export(SamplePackets.hostile, options: options, in: directory, name: "first.xlsx").file
        let second = try WorkbookReader.export(SamplePackets.hostile, options: options, in: directory, name: "second.xlsx").file
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test func constantMemoryModeWritesTheSameCellsWithAutofiltersInsteadOfTables() throws {
        let directory = try TemporaryDirectory()
        let tables = try WorkbookReader.read(WorkbookReader.export(SamplePackets.rich, in: directory, name: "tables.xlsx").file)
        let streamed = try WorkbookReader.read(WorkbookReader.export(SamplePackets.rich, options: XLSXOptions(constantMemoryThreshold: 0),
                                                                     in: directory, name: "streamed.xlsx").file)
        #expect(streamed.sheetNames == tables.sheetNames)
        for name in tables.sheetNames {
            let (a, b) = (try tables[name], try streamed[name])
            #expect(b.cells == a.cells, "cells of \(name) differ between modes")
            #expect(b.freeze == "A2")
            #expect(b.tables.isEmpty)
        }
        let filters = try ["Key points", "Quotes", "Entities", "Mentions", "Facts", "Timeline", "Sources", "Paragraphs", "Warnings"].map { try streamed[$0].autofilter }
        #expect(filters == ["A1:J5", "A1:M5", "A1:G4", "A1:D6", "A1:N5", "A1:J4", "A1:K3", "A1:D\(RichWorkbookTests.blockCount + 1)", "A1:H6"])
        #expect(try streamed["Overview"].autofilter == nil)
        #expect(streamed.charts.count == 1)
    }

    @Test func tablesPastTheRowLimitContinueOnNumberedSheets() throws {
        var options = XLSXOptions()
        options.rowsPerSheet = 1
        let directory = try TemporaryDirectory()
        let (file, diagnostics) = try WorkbookReader.export(SamplePackets.rich, options: options, in: directory)
        let workbook = try WorkbookReader.read(file)
        #expect(workbook.sheetNames == ["Overview", "Key points", "Key points 2", "Key points 3", "Key points 4",
                                        "Quotes", "Quotes 2", "Quotes 3", "Quotes 4", "Entities", "Entities 2", "Entities 3",
                                        "Mentions", "Mentions 2", "Mentions 3", "Mentions 4", "Mentions 5",
                                        "Facts", "Facts 2", "Facts 3", "Facts 4", "Timeline", "Timeline 2", "Timeline 3",
                                        "Sources", "Sources 2"] + (1...RichWorkbookTests.blockCount).map { $0 == 1 ? "Paragraphs" : "Paragraphs \($0)" } + (1...14).map { $0 == 1 ? "Warnings" : "Warnings \($0)" })
        #expect(try workbook["Quotes 2"].tables == ["Quotes_2": "A1:M2"])
        #expect(try workbook["Quotes 2"].row(2, columns: 2) == ["a1-q2", "unilateral"])
        // a2 is the first row of the second Sources sheet, and its links say so.
        #expect(try workbook["Sources 2"].cells["A2"]?.value == "a2")
        #expect(try workbook["Quotes 4"].cells["F2"]?.link == "#'Sources 2'!A2")
        #expect(try workbook["Overview"].column("D").prefix(3) == ["Key points", "Key points 2", "Key points 3"])
        #expect(try workbook["Overview"].cells["D3"]?.link == "#'Key points 2'!A1")
        let continued = diagnostics.filter { $0.code == "xlsx-sheet-continued" }
        #expect(continued.first?.message == "'Key points' holds 1 rows per sheet; rows from 2 on continue on 'Key points 2' and numbered sheets after it")
        #expect(continued.count == 9, "one report per continued table")
    }

    @Test func anUnwritablePathIsAnErrorNamingIt() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("missing-folder/factsheet.xlsx")
        let error = try #require(throws: XLSXError.self) {
            try XLSXExporter().export(SamplePackets.rich, to: file)
        }
        guard case .library(let path, let operation, _) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(path == file.path)
        #expect(operation == "writing the file")
        #expect(error.description.hasPrefix("\(file.path): cannot write the XLSX fact sheet: writing the file failed: "))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
