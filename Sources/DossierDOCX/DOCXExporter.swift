import DossierArchive
import DossierCore
import Foundation

/// The paper the Word brief is laid out for.
public enum PaperSize: String, Sendable, CaseIterable {
    case a4, letter
}

public struct DOCXOptions: Sendable {
    public var paper: PaperSize
    /// The document's language tag (`w:lang`, `dc:language`).
    public var language: String

    public init(paper: PaperSize = .a4, language: String = "en") {
        self.paper = paper
        self.language = language
    }
}

/// The Word brief, `brief.docx`: the brief's sections as WordprocessingML, zipped with libzip.
///
/// Title, date line and synopsis, then key points (a numbered list), who said what (a heading per
/// speaker), facts (a table whose header row repeats on every page), timeline, names and sources,
/// each claim cited by a real footnote naming the article. Headings use Word's Heading styles, so
/// the navigation pane and a table of contents work; the header holds the title and date, the footer
/// the page number. Article text goes only into text runs, never into a field. The same packet gives
/// the same bytes.
public struct DOCXExporter: Exporter {
    public let name = "docx"
    public let fileName = "brief.docx"
    public let summary = "a Word brief to send and print, every claim footnoted"
    public var options: DOCXOptions

    public init(options: DOCXOptions = DOCXOptions()) {
        self.options = options
    }

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        let archive = try ZipArchive<DOCXError>(creatingAt: file.path, date: packet.date)
        var document = BriefDocument(packet: packet, options: options, fileName: fileName)
        let parts = document.render()
        for part in parts {
            try archive.add(part.name, part.bytes)
        }
        try archive.close()
        return document.diagnostics
    }
}

extension Exporter where Self == DOCXExporter {
    public static var docx: DOCXExporter { DOCXExporter() }
    public static func docx(_ options: DOCXOptions) -> DOCXExporter { DOCXExporter(options: options) }
}
