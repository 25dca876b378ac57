import DossierCore
import DossierEPUB
import Foundation
import Testing
import TestSupport

/// The packets the EPUB tests run on, by name so that parameterised tests read well.
enum BookPacket: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case rich, hostile, emptyAnalysis, long, oddNames

    var packet: Packet {
        switch self {
        case .rich: SamplePackets.rich
        case .hostile: SamplePackets.hostile
        case .emptyAnalysis: SamplePackets.emptyAnalysis
        case .long: Self.longPacket
        case .oddNames: Self.oddNamesPacket
        }
    }

    /// Small chapters for the long packet, so that splitting shows without a huge book.
    var options: EPUBOptions {
        self == .long ? EPUBOptions(maximumChapterBytes: Self.longChapterLimit) : EPUBOptions()
    }

    var testDescription: String { rawValue }

    static let longChapterLimit = 100_000

    /// One article of 200 paragraphs of about 1,300 bytes each, cited by a key point near its end, and
    /// 300 entities from A to Z (one accented, one starting with a digit) named in a dozen paragraphs
    /// each, so that the index outgrows one file.
    static var longPacket: Packet {
        let sentence = "Reporting from the region continued through the night as officials met. "
        let body = (1...200).map { number in
            Block.paragraph(Paragraph(id: "a1-p\(number)", text: "Paragraph \(number). " + String(repeating: sentence, count: 18)))
        }
        let article = Article(id: "a1", source: "long.txt", title: "A very long report", body: body)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let entities = (0..<300).map { number in
            let name = number == 0 ? "Ørsted Energy" : number == 1 ? "3M Company" : "\(letters[number % 26])ardner Number \(number)"
            let mentions = (0..<12).map { Mention(article: "a1", paragraph: "a1-p\((number * 7 + $0 * 13) % 200 + 1)", text: name) }
            return Entity(id: "e-\(number)", name: name, kind: .person, mentions: mentions)
        }
        return Packet(title: "Long packet", date: SamplePackets.date, articles: [article], entities: entities, keyPoints: [
            KeyPoint(id: "k1", scope: .packet, rank: 1, text: "Paragraph 190.", article: "a1", paragraph: "a1-p190"),
        ])
    }

    /// Article and paragraph IDs that are not safe as file names or XML IDs, or that collide once made
    /// safe; a blank packet title and a blank article title.
    static var oddNamesPacket: Packet {
        Packet(title: "", date: SamplePackets.date, articles: [
            Article(id: "x y", source: "odd/x y.txt", title: "Spaces",
                    body: [.paragraph(Paragraph(id: "x y-p1", text: "First odd paragraph."))]),
            Article(id: "x-y", source: "odd/x-y.txt", title: "Hyphen",
                    body: [.paragraph(Paragraph(id: "x-y-p1", text: "Second odd paragraph."))]),
            Article(id: "été", source: "odd/été.txt", title: " ", body: [
                .paragraph(Paragraph(id: "1", text: "Third odd paragraph.")),
                .paragraph(Paragraph(id: "1", text: "A paragraph with a duplicate ID.")),
            ]),
        ], keyPoints: [
            KeyPoint(id: "k1", scope: .packet, rank: 1, text: "First odd paragraph.", article: "x y", paragraph: "x y-p1"),
            KeyPoint(id: "k2", scope: .packet, rank: 2, text: "Third odd paragraph.", article: "été", paragraph: "1"),
        ])
    }
}

/// A book written to a temporary folder, read back entry by entry with Python's zipfile.
struct WrittenBook {
    let folder: TemporaryDirectory
    let file: URL
    let diagnostics: [Diagnostic]

    init(_ packet: Packet, options: EPUBOptions = EPUBOptions()) throws {
        folder = try TemporaryDirectory()
        file = folder.file("reading-pack.epub")
        diagnostics = try EPUBExporter(options: options).export(packet, to: file)
    }

    init(_ book: BookPacket) throws {
        try self.init(book.packet, options: book.options)
    }

    var data: Data {
        get throws { try Data(contentsOf: file) }
    }

    /// The entry's text, exactly as stored.
    func entry(_ name: String) throws -> String {
        let output = try Validators.python("""
            import sys, zipfile
            sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))
            """, arguments: [file.path, name])
        try #require(output.status == 0, "cannot read \(name): \(output.stderr)")
        return output.stdout
    }

    /// One entry of the archive as Python's zipfile reads it.
    struct Entry: Decodable, Equatable {
        var name: String
        /// 0 stored, 8 deflated.
        var compression: Int
        var date: String
        var size: Int
    }

    /// Every entry, in archive order.
    func entries() throws -> [Entry] {
        let output = try Validators.python("""
            import json, sys, zipfile
            print(json.dumps([{"name": i.filename, "compression": i.compress_type, "size": i.file_size,
                               "date": "%04d-%02d-%02d %02d:%02d:%02d" % i.date_time}
                              for i in zipfile.ZipFile(sys.argv[1]).infolist()]))
            """, arguments: [file.path])
        try #require(output.status == 0, "cannot list the book: \(output.stderr)")
        return try JSONDecoder().decode([Entry].self, from: Data(output.stdout.utf8))
    }

    /// Every XML document of the book parsed by Python's XML parser (which fails on anything not
    /// well-formed): the names of its elements, its IDs, its links (`<a href>`), everything it refers
    /// to (any `href` or `src`) and its text.
    struct ParsedDocument: Decodable {
        var elements: [String]
        var ids: [String]
        var links: [String]
        var references: [String]
        var text: String
    }

    func parsedDocuments() throws -> [String: ParsedDocument] {
        let output = try Validators.python("""
            import json, sys, zipfile
            import xml.etree.ElementTree as ET
            book = zipfile.ZipFile(sys.argv[1])
            documents = {}
            for name in book.namelist():
                if name.endswith((".xhtml", ".svg", ".opf", ".ncx", ".xml")):
                    root = ET.fromstring(book.read(name))
                    documents[name] = {
                        "elements": sorted({e.tag.split("}")[-1] for e in root.iter()}),
                        "ids": [e.get("id") for e in root.iter() if e.get("id") is not None],
                        "links": [e.get("href") for e in root.iter() if e.tag.endswith("}a") and e.get("href")],
                        "references": [e.get("href") or e.get("src") for e in root.iter()
                                       if (e.get("href") or e.get("src")) is not None],
                        "text": "".join(root.itertext()),
                    }
            print(json.dumps(documents))
            """, arguments: [file.path])
        try #require(output.status == 0, "a document of the book is not well-formed XML: \(output.stderr)")
        return try JSONDecoder().decode([String: ParsedDocument].self, from: Data(output.stdout.utf8))
    }
}
