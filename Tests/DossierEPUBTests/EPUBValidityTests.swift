import DossierCore
import DossierEPUB
import Foundation
import Testing
import TestSupport

/// The book as the outside readers see it: epubcheck, pandoc, the zip container itself.
@Suite("EPUB validity")
struct EPUBValidityTests {
    // Parameterised cases run in parallel, so the four epubcheck runs (about 5 s each) overlap.
    @Test("epubcheck 4 and 5 with --failonwarnings report 0 errors and 0 warnings",
          arguments: [BookPacket.rich, .hostile, .emptyAnalysis, .long], Validators.EPUBCheckVersion.allCases)
    func epubcheckPasses(_ book: BookPacket, version: Validators.EPUBCheckVersion) throws {
        let written = try WrittenBook(book)
        let result = try Validators.epubcheck(written.file, version: version)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("Messages: 0 fatals / 0 errors / 0 warnings / 0 infos"), "\(result.stdout)")
    }

    @Test("every XHTML file of a long book stays under the chapter size limit, the index split by letter")
    func everyFileFitsTheLimit() throws {
        let written = try WrittenBook(.long)
        let entries = try written.entries()
        for entry in entries where entry.name.hasSuffix(".xhtml") {
            #expect(entry.size <= BookPacket.longChapterLimit, "\(entry.name) is \(entry.size) bytes")
        }
        let indexFiles = entries.map(\.name).filter { $0.hasPrefix("OEBPS/index") }
        #expect(indexFiles.count > 1, "the long index is split: \(indexFiles)")
        let navigation = try #require(try written.parsedDocuments()["OEBPS/nav.xhtml"])
        for file in indexFiles {
            #expect(navigation.links.contains(String(file.dropFirst("OEBPS/".count))), "\(file) is in the contents")
        }
    }

    @Test("pandoc reads the book back with the text of every block of every article", arguments: BookPacket.allCases)
    func pandocReadsEveryParagraph(_ book: BookPacket) throws {
        let written = try WrittenBook(book)
        let output = try Validators.run(["pandoc", "-f", "epub", "-t", "plain", "--wrap=none", written.file.path])
        try #require(output.status == 0, "\(output.stderr)")
        let text = Self.normalized(output.stdout)
        for article in book.packet.articles {
            let title = Self.normalized(article.title)
            #expect(title.isEmpty || text.contains(title), "title of \(article.id)")
            for block in article.body {
                for piece in Self.readablePieces(of: block) {
                    #expect(text.contains(Self.normalized(piece)), "\(block.id) is missing: \(piece.prefix(80))")
                }
            }
        }
    }

    @Test("mimetype comes first, stored; every entry is dated the packet's day")
    func zipContainer() throws {
        let written = try WrittenBook(.rich)
        let entries = try written.entries()
        try #require(entries.count > 2)
        #expect(entries[0] == WrittenBook.Entry(name: "mimetype", compression: 0, date: "2021-09-26 00:00:00", size: 20))
        #expect(try written.entry("mimetype") == "application/epub+zip")
        #expect(entries[1].name == "META-INF/container.xml")
        #expect(entries.dropFirst().allSatisfy { $0.compression == 8 })
        #expect(Set(entries.map(\.date)) == ["2021-09-26 00:00:00"])
        #expect(entries.allSatisfy { $0.name.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " } })
    }

    @Test("the same packet gives byte-identical books")
    func byteIdenticalReruns() throws {
        for book in [BookPacket.rich, .hostile] {
            let first = try WrittenBook(book)
            let second = try WrittenBook(book)
            #expect(try first.data == second.data, "\(book.rawValue) differs between runs")
        }
    }

    @Test("an unwritable path fails with an EPUBError naming it and leaves no file")
    func unwritablePath() throws {
        let folder = try TemporaryDirectory()
        let notAFolder = folder.file("plain-file")
        try Data("x".utf8).write(to: notAFolder)
        let target = notAFolder.appendingPathComponent("reading-pack.epub")
        let error = try #require(throws: EPUBError.self) {
            try EPUBExporter().export(SamplePackets.rich, to: target)
        }
        guard case .cannotWrite(let path, _, let reason) = error else { return }
        #expect(path == target.path)
        #expect(!reason.isEmpty)
        #expect(error.description.hasPrefix(target.path + ": cannot write the EPUB reading pack"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["plain-file"])
    }

    /// White space collapsed, as a plain-text reader lays it out, and without the characters
    /// XML cannot hold (the book removes and reports those).
    static func normalized(_ text: String) -> String {
        ControlCharacters.strip(text).text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text a reader shows for a block: a list's items each on their own.
    static func readablePieces(of block: Block) -> [String] {
        switch block {
        case .paragraph, .heading, .blockQuote: [block.plainText]
        case .list(let list): list.items.map(\.plainText)
        }
    }
}
