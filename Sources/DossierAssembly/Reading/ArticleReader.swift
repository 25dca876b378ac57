import DossierCore
import DossierWeb
import Foundation

/// One article read from a file, with what reading it reported.
public struct ArticleReading: Sendable {
    public var article: Article
    public var diagnostics: [Diagnostic]
}

/// Reads one article file: decodes it, splits off front matter, removes boilerplate and finds
/// title, byline, credit, dateline and body (see ``ArticleParser`` for the rules).
public enum ArticleReader {
    /// Reads one article file (the first article of a feed).
    public static func read(path: String) throws(AssemblyError) -> ArticleReading {
        try readAll(path: path)[0]
    }

    /// Reads every article a file holds: one for a text file or web page, one per item for a feed. Web pages
    /// and feeds are recognised by their content (a fetched page may be cached under any name), and by
    /// their extension when the content says nothing (`.html` holding binary data is refused as such).
    public static func readAll(path: String) throws(AssemblyError) -> [ArticleReading] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedFailureReason ?? "permission denied or not a file")
        }
        let bytes = [UInt8](data)
        let compressed = bytes.starts(with: [0x1F, 0x8B])
        if compressed || WebReader.kind(of: bytes) != nil || InputCollector.isWebFile(path) {
            do {
                return try readings(WebReader.read(path: path))
            } catch {
                throw .webPage(error)
            }
        }
        let source = try SourceText.decode(data, path: path)
        return [try read(text: source.text, path: path, diagnostics: source.diagnostics)]
    }

    /// Reads a web page or feed from bytes, as fetched: `source` names it, `url` is where it came from,
    /// `contentType` the HTTP header (its charset wins over the page's own).
    public static func readWeb(bytes: [UInt8], source: String, url: String? = nil, contentType: String? = nil) throws(AssemblyError) -> [ArticleReading] {
        do {
            return try readings(WebReader.read(bytes: bytes, source: source, url: url, contentType: contentType))
        } catch {
            throw .webPage(error)
        }
    }

    private static func readings(_ web: WebReading) -> [ArticleReading] {
        web.articles.enumerated().map { index, article in
            ArticleReading(article: article, diagnostics: index == 0 ? web.diagnostics : [])
        }
    }

    /// Reads article text that is already decoded (tests and in-memory sources); `path` names it in errors
    /// and its extension (`.md`, `.markdown`) decides whether Markdown markup is read.
    public static func read(text: String, path: String) throws(AssemblyError) -> ArticleReading {
        let source = try SourceText.normalize(text, path: path)
        return try read(text: source.text, path: path, diagnostics: source.diagnostics)
    }

    private static func read(text: String, path: String, diagnostics: [Diagnostic]) throws(AssemblyError) -> ArticleReading {
        var reading = try ArticleParser(text: text, source: path).parse()
        reading.diagnostics = diagnostics + reading.diagnostics
        return reading
    }
}

extension Article {
    /// Gives body blocks their IDs, `<article>-p<n>`, by position.
    mutating func renumberBlocks() {
        body = body.enumerated().map { index, block in block.withID("\(id)-p\(index + 1)") }
    }
}

extension Block {
    func withID(_ id: String) -> Block {
        switch self {
        case .paragraph(var p): p.id = id; return .paragraph(p)
        case .blockQuote(var p): p.id = id; return .blockQuote(p)
        case .heading(var h): h.id = id; return .heading(h)
        case .list(var l): l.id = id; return .list(l)
        }
    }
}
