import DossierCore
import DossierDOCX
import Foundation
import TestSupport
import Testing

/// A Word brief exported into a fresh folder, and what python-docx and lxml read back from it.
struct WordExport {
    let directory: TemporaryDirectory
    let file: URL
    let diagnostics: [Diagnostic]

    init(_ packet: Packet, _ options: DOCXOptions = DOCXOptions()) throws {
        directory = try TemporaryDirectory()
        let result = try DOCXExporter(options: options).export(packet, into: directory.url)
        file = result.file
        diagnostics = result.diagnostics
    }

    var document: WordDocument {
        get throws { try WordDocument.read(file) }
    }
}

/// The document as python-docx sees it, plus every XML part's root element as lxml parses it.
struct WordDocument: Decodable {
    struct Paragraph: Decodable, Equatable {
        var style: String
        var text: String
        /// The numbering definition of a list item, nil for other paragraphs.
        var numbering: Int?
    }

    var paragraphs: [Paragraph]
    var tables: [[[String]]]
    /// Whether each table's first row repeats on every page.
    var headerRowRepeats: [Bool]
    var footnotes: [String]
    /// Part name → root element as `{namespace}name`; a part that is not well-formed fails the read.
    var roots: [String: String]
    var links: [String]
    /// Field instructions anywhere in the package.
    var fields: [String]
    var title: String
    var author: String
    var created: String
    var language: String
    var header: String
    /// Page width and height in points.
    var page: [Double]

    var headings: [Paragraph] { paragraphs.filter { $0.style.hasPrefix("Heading") || $0.style == "Title" } }
    var listItems: [String] { paragraphs.filter { $0.numbering != nil }.map(\.text) }

    static func read(_ file: URL) throws -> WordDocument {
        let result = try Validators.python(script, arguments: [file.path])
        try #require(result.status == 0, "python-docx cannot read \(file.lastPathComponent): \(result.stderr)")
        return try JSONDecoder().decode(WordDocument.self, from: Data(result.stdout.utf8))
    }

    private static let script = #"""
        import docx, json, sys, zipfile
        from lxml import etree
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        path = sys.argv[1]
        d = docx.Document(path)
        def numbering(p):
            pPr = p._p.pPr
            return int(pPr.numPr.numId.val) if pPr is not None and pPr.numPr is not None else None
        out = {
            "paragraphs": [{"style": p.style.name, "text": p.text, "numbering": numbering(p)} for p in d.paragraphs],
            "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
            "headerRowRepeats": [t.rows[0]._tr.find(W + "trPr/" + W + "tblHeader") is not None for t in d.tables],
            "links": [r.target_ref for r in d.part.rels.values() if r.is_external],
            "title": d.core_properties.title, "author": d.core_properties.author,
            "created": d.core_properties.created.isoformat(), "language": d.core_properties.language,
            "header": "\n".join(p.text for p in d.sections[0].header.paragraphs),
            "page": [d.sections[0].page_width.pt, d.sections[0].page_height.pt],
            "footnotes": [], "roots": {}, "fields": [],
        }
        for rel in d.part.rels.values():
            if rel.reltype.endswith("/footnotes"):
                part = rel.target_part
                out["links"] += [r.target_ref for r in part.rels.values() if r.is_external]
                for note in etree.fromstring(part.blob).findall(W + "footnote"):
                    if note.get(W + "type") is None:
                        out["footnotes"].append("".join(note.itertext()).strip())
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                root = etree.fromstring(z.read(name))
                out["roots"][name] = root.tag
                out["fields"] += [e.get(W + "instr") for e in root.iter(W + "fldSimple")]
                out["fields"] += [e.text for e in root.iter(W + "instrText")]
        print(json.dumps(out))
        """#
}
