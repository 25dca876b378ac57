import DossierCore
import DossierKit
import Foundation
import TestSupport
import Testing

@Suite("Outside exporters")
struct OutsideExporterTests {
    private let fixtures = Fixtures()
    private var exportersPath: String { fixtures.url("exporters").path }

    @Test("programs named dossier-export-NAME on PATH are found and describe themselves; garbage is reported")
    func discovery() throws {
        let (exporters, problems) = OutsideExporter.discover(path: "/nonexistent:\(exportersPath)")
        #expect(exporters.map(\.name) == ["fails", "hangs", "words"])
        #expect(exporters.map(\.fileName) == ["fails.txt", "hangs.txt", "words.txt"])
        #expect(exporters.last?.summary == "word count of the packet")
        #expect(problems.count == 1)
        #expect(problems.first?.file == "\(exportersPath)/dossier-export-garbage")
        #expect(problems.first?.message.contains("does not answer --describe") == true)
    }

    @Test("a working exporter gets the packet on stdin and its file is written atomically")
    func works() throws {
        let folder = try TemporaryDirectory()
        let words = OutsideExporter(name: "words", fileName: "words.txt", summary: "", command: ["\(exportersPath)/dossier-export-words"], origin: "test")
        let result = try words.export(SamplePackets.rich, into: folder.url)
        let count = Int(try String(contentsOf: result.file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
        let expected = String(decoding: try JSONExporter.encode(SamplePackets.rich), as: UTF8.self).wordCount
        #expect(count == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["words.txt"])
    }

    @Test("a failing exporter's stderr and status reach the user, and no file is left")
    func fails() throws {
        let folder = try TemporaryDirectory()
        let fails = OutsideExporter(name: "fails", fileName: "fails.txt", summary: "", command: ["\(exportersPath)/dossier-export-fails"], origin: "test")
        #expect {
            try fails.export(SamplePackets.rich, into: folder.url)
        } throws: { error in
            let text = "\(error)"
            return text.contains("dossier-export-fails exited with status 1") && text.contains("fails: cannot reach the printer")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test("a hanging exporter is stopped at its time limit")
    func hangs() throws {
        let folder = try TemporaryDirectory()
        let hangs = OutsideExporter(name: "hangs", fileName: "hangs.txt", summary: "", command: ["\(exportersPath)/dossier-export-hangs"],
                                    timeLimit: .milliseconds(500), origin: "test")
        let start = ContinuousClock.now
        #expect {
            try hangs.export(SamplePackets.rich, into: folder.url)
        } throws: { "\($0)".contains("did not finish within 0.5 seconds") }
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test("an exporter that exits 0 without writing its file fails clearly")
    func writesNothing() throws {
        let folder = try TemporaryDirectory()
        let garbage = OutsideExporter(name: "garbage", fileName: "g.txt", summary: "", command: ["\(exportersPath)/dossier-export-garbage"], origin: "test")
        #expect { try garbage.export(SamplePackets.rich, into: folder.url) } throws: { "\($0)".contains("wrote no output file") }
    }

    @Test("the CSV example exporter writes every quote with its speaker, defusing formulas")
    func csvExample() throws {
        let folder = try TemporaryDirectory()
        let executable = try DossierCommand.executable.deletingLastPathComponent().appendingPathComponent("dossier-export-csv").path
        let csv = try OutsideExporter.describe(name: "csv", program: executable)
        #expect(csv.fileName == "quotes.csv")
        let result = try csv.export(SamplePackets.hostile, into: folder.url)
        let read = try Validators.python("""
            import csv, json, sys
            print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))
            """, arguments: [result.file.path])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [[String]])
        #expect(rows.first == ["id", "quote", "speaker", "article", "paragraph"])
        let quotes = SamplePackets.hostile.quotes
        #expect(rows.dropFirst().map { $0[0] } == quotes.map(\.id))
        for (row, quote) in zip(rows.dropFirst(), quotes) {
            let defused = quote.text.first.map { "=+-@\t\r".contains($0) } == true ? "'" + quote.text : quote.text
            #expect(row[1] == defused)
        }
        #expect(rows[1][2] == "<script>")
    }
}
