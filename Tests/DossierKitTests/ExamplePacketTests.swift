import DossierCore
import DossierKit
import ExampleOPMLExporter
import Foundation
import TestSupport
import Testing

/// The example packet, built as a user builds it and judged by real readers.
@Suite("Example packet", .serialized)
struct ExamplePacketTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = repository.appendingPathComponent("examples/mali-briefing")
    private let fixtures = Fixtures()

    /// Builds the example from its manifest into a fresh folder, through the real `dossier` command.
    static func build(into folder: TemporaryDirectory, environment: [String: String] = [:]) throws -> ProcessOutput {
        // Relative to the repository, as a user types it: article sources in packet.json stay relative.
        try DossierCommand.run(["build", "--manifest", "examples/mali-briefing/dossier.yml",
                                "-o", folder.url.path, "--quiet"], in: repository, environment: environment)
    }

    @Test("all six files are written and pass their validators")
    func validated() throws {
        let folder = try TemporaryDirectory()
        let result = try Self.build(into: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
            == [".dossier-lock", "brief.docx", "brief.html", "brief.md", "factsheet.xlsx", "packet.json", "reading-pack.epub"])

        let packet = try JSONExporter.decode(Data(contentsOf: folder.file("packet.json")), file: "packet.json")
        #expect(packet.title == "Mali, France and the Wagner group")
        #expect(packet.articles.map(\.source).map { ($0 as NSString).lastPathComponent } == ["lavrov-un-briefing.txt", "mali-wagner-france.txt"])

        let epub = try Validators.epubcheck(folder.file("reading-pack.epub"))
        #expect(epub.status == 0, "\(epub.stdout)\(epub.stderr)")
        #expect(epub.stdout.contains("No errors or warnings detected"))

        // Every article paragraph is in every reader-facing format.
        let workbook = try Validators.python("""
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames)
            for row in wb["Sources"].iter_rows(min_row=2, values_only=True): print(row[0], "|", row[1])
            for row in wb["Paragraphs"].iter_rows(min_row=2, values_only=True): print(row[1], "|", row[3])
            """, arguments: [folder.file("factsheet.xlsx").path])
        #expect(workbook.status == 0, "\(workbook.stderr)")
        for article in packet.articles {
            #expect(workbook.stdout.contains("\(article.id) | \(article.title)"))
            for block in article.body {
                #expect(workbook.stdout.contains("\(block.id) | \(block.plainText)"), "\(block.id) is not on the Paragraphs sheet")
            }
        }

        let markdown = try Validators.python("""
            import sys
            from markdown_it import MarkdownIt
            tokens = MarkdownIt("commonmark").enable("table").parse(open(sys.argv[1], encoding="utf-8").read())
            print("\\n".join(t.content for t in tokens if t.type == "inline"))
            """, arguments: [folder.file("brief.md").path])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        for article in packet.articles {
            #expect(markdown.stdout.contains(article.title.replacingOccurrences(of: "’", with: "’")))
        }

        let word = try Validators.python("""
            import docx, sys
            print("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs))
            """, arguments: [folder.file("brief.docx").path])
        #expect(word.status == 0, "\(word.stderr)")
        let html = try Validators.nuHTMLChecker([folder.file("brief.html")])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOf: folder.file("brief.html"), encoding: .utf8)
        for article in packet.articles {
            #expect(word.stdout.contains("\(article.id): \(article.title)"))
            #expect(page.contains(article.title.replacingOccurrences(of: "&", with: "&amp;")))
        }
    }

    @Test("brief.md, packet.json, brief.html and the Word document match their goldens")
    func goldens() throws {
        let folder = try TemporaryDirectory()
        let result = try Self.build(into: folder)
        #expect(result.status == 0, "\(result.stderr)")
        try fixtures.expectGolden(try String(contentsOf: folder.file("brief.md"), encoding: .utf8), named: "example/brief.md")
        try fixtures.expectGolden(try String(contentsOf: folder.file("packet.json"), encoding: .utf8), named: "example/packet.json")
        try fixtures.expectGolden(try String(contentsOf: folder.file("brief.html"), encoding: .utf8), named: "example/brief.html")
        let document = try Validators.run(["unzip", "-p", folder.file("brief.docx").path, "word/document.xml"])
        #expect(document.status == 0, "\(document.stderr)")
        try fixtures.expectGolden(document.stdout, named: "example/brief-document.xml")
    }

    @Test("two runs give byte-identical files in all six formats, whether the date comes from --date or SOURCE_DATE_EPOCH")
    func deterministic() throws {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory()
        #expect(try Self.build(into: first).status == 0)
        let sourceDateEpoch = String(PacketDate("2021-09-26")!.secondsSince1970 + 3_600)
        let manifestless = try DossierCommand.run(
            ["build", "examples/mali-briefing/articles", "-o", second.url.path, "--quiet",
             "--title", "Mali, France and the Wagner group"],
            in: Self.repository, environment: ["SOURCE_DATE_EPOCH": sourceDateEpoch])
        #expect(manifestless.status == 0, "\(manifestless.stderr)")
        for name in ["brief.md", "factsheet.xlsx", "reading-pack.epub", "brief.docx", "brief.html", "packet.json"] {
            let a = try Data(contentsOf: first.file(name)), b = try Data(contentsOf: second.file(name))
            #expect(a == b, "\(name) differs between runs")
            #expect(a.count > 1_000, "\(name) is suspiciously small")
        }
    }

    @Test("a failing format writes nothing: the earlier packet stays whole and no staging folder is left")
    func failedFormatKeepsEarlierPacket() throws {
        let folder = try TemporaryDirectory()
        #expect(try Self.build(into: folder).status == 0)
        let names = ["brief.docx", "brief.html", "brief.md", "factsheet.xlsx", "packet.json", "reading-pack.epub"]
        let earlier = try names.map { try Data(contentsOf: folder.file($0)) }
        var registry = ExporterRegistry.standard()
        registry.register(FailingExporter(name: "epub", fileName: "reading-pack.epub"))
        #expect {
            try PacketBuilder(registry: registry).build(BuildRequest(
                inputs: [Self.example.appendingPathComponent("articles").path], outputDirectory: folder.url.path,
                date: PacketDate("2021-09-27")!))
        } throws: { "\($0)".contains("reading-pack.epub: epub export failed: the disk is full") }
        #expect(try names.map { try Data(contentsOf: folder.file($0)) } == earlier)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [".dossier-lock"] + names)
    }

    @Test("an exporter from another package registers next to the built-ins")
    func customExporter() throws {
        let folder = try TemporaryDirectory()
        var registry = ExporterRegistry.standard()
        registry.register(.opml)
        let report = try PacketBuilder(registry: registry).build(BuildRequest(
            inputs: [Self.example.appendingPathComponent("articles").path], outputDirectory: folder.url.path,
            formats: ["opml"], title: "Sahel", date: PacketDate("2021-09-26")!))
        #expect(report.status == .complete)
        let outline = try Validators.python("""
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            print(root.find("head/title").text)
            for o in root.find("body"): print(o.get("text"), len(list(o)))
            """, arguments: [folder.file("outline.opml").path])
        let lines = outline.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Sahel")
        #expect(lines.dropFirst().map { $0.components(separatedBy: " ").last } .allSatisfy { Int($0 ?? "") ?? 0 >= 3 })
        #expect(lines.count == 1 + report.packet.articles.count)
    }
}

private struct FailingExporter: Exporter {
    let name: String
    let fileName: String
    let summary = "fails"
    struct DiskFull: Error, CustomStringConvertible { var description: String { "the disk is full" } }
    func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        try Data("partial".utf8).write(to: file)
        throw DiskFull()
    }
}
