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
public struct EPUBExporter: Exporter {
    public let name = "epub"
    public let fileName = "reading-pack.epub"
    public let summary = "reading-pack.epub: an EPUB 3 e-book with an overview, every article and an index"
    public var options: EPUBOptions

    public init(options: EPUBOptions = EPUBOptions()) {
        self.options = options
    }

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        throw EPUBError.notImplemented
    }
}

extension Exporter where Self == EPUBExporter {
    public static var epub: EPUBExporter { EPUBExporter() }
    public static func epub(_ options: EPUBOptions) -> EPUBExporter { EPUBExporter(options: options) }
}
