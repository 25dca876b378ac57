import DossierCore
import Foundation

/// Articles read from one web page or feed, with what reading reported.
public struct WebReading: Sendable {
    /// One article for a page; one per item for a feed, in the feed's order.
    public var articles: [Article]
    public var diagnostics: [Diagnostic]
}

/// Reads HTML pages and RSS, Atom and JSON feeds into articles (see ``ContentExtractor`` for how a page's
/// article is found and ``FeedReader`` for feeds). Files are recognised by their content, not their name.
public enum WebReader {
    /// What a file holds, judged from its first bytes.
    public enum Kind: Sendable, Equatable { case page, feed }

    /// Pages larger than this are refused rather than parsed (and a `.html.gz` stops inflating here).
    public static let maximumBytes = 64 << 20

    /// Recognises a page or a feed by content: markup that opens like HTML, an XML feed root, or a JSON
    /// Feed's `version`; nil for anything else (plain text, Markdown, other JSON).
    public static func kind(of bytes: [UInt8]) -> Kind? {
        ContentSniffer.kind(of: bytes)
    }

    /// Reads the file at `path`; `.gz` files are inflated first (within ``maximumBytes``).
    public static func read(path: String, url: String? = nil) throws(WebReadingError) -> WebReading {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedFailureReason ?? "permission denied or not a file")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0x1F, 0x8B]) { bytes = try Gzip.inflate(bytes, limit: maximumBytes, path: path) }
        return try read(bytes: bytes, source: path, url: url)
    }

    /// Reads a page or feed from bytes, as fetched: `source` names it in the article and in errors, `url`
    /// is where it came from (relative links resolve against it), `contentType` is the HTTP header, whose
    /// charset wins over the page's own declaration.
    public static func read(bytes: [UInt8], source: String, url: String? = nil, contentType: String? = nil) throws(WebReadingError) -> WebReading {
        guard bytes.count <= maximumBytes else { throw .tooLarge(path: source, limit: maximumBytes) }
        guard let kind = ContentSniffer.kind(of: bytes) ?? (ContentSniffer.looksBinary(bytes) ? nil : .page) else {
            throw .notWeb(path: source)
        }
        switch kind {
        case .page:
            let page = try PageReader.read(bytes, source: source, url: url, contentType: contentType)
            return WebReading(articles: [page.article], diagnostics: page.diagnostics)
        case .feed:
            return try FeedReader.read(bytes, source: source)
        }
    }
}
