import DossierCore
import Foundation

public struct EPUBOptions: Sendable {
    /// An XHTML file larger than this is split into several (e-readers struggle above ~300 KB).
    public var maximumChapterBytes: Int
    /// `dc:language` of the book.
    public var language: String

    public init(maximumChapterBytes: Int = 250_000, language: String = "en") {
        self.maximumChapterBytes = maximumChapterBytes
        self.language = language
    }
}

/// The reading pack, `reading-pack.epub`: an EPUB 3 book zipped with libzip.
///
/// Cover, title page, contents, an Overview whose every item links to its source paragraph, one
/// chapter per article (split into parts above ``EPUBOptions/maximumChapterBytes``), and appendices
/// listing the sources and indexing the entities. The same packet gives the same bytes.
public struct EPUBExporter: Exporter {
    public let name = "epub"
    public let fileName = "reading-pack.epub"
    public let summary = "an EPUB 3 e-book with an overview, every article and an index"
    public var options: EPUBOptions

    public init(options: EPUBOptions = EPUBOptions()) {
        self.options = options
    }

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        let archive = try ZipArchive(creatingAt: file.path, date: packet.date)
        var book = BookWriter(plan: BookPlan(packet: packet, options: options), maximumChapterBytes: options.maximumChapterBytes)
        let diagnostics = try book.write(to: archive)
        try archive.close()
        return diagnostics
    }
}

extension Exporter where Self == EPUBExporter {
    public static var epub: EPUBExporter { EPUBExporter() }
    public static func epub(_ options: EPUBOptions) -> EPUBExporter { EPUBExporter(options: options) }
}
