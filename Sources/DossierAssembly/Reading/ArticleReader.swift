import DossierCore

/// One article read from a file, with what reading it reported.
public struct ArticleReading: Sendable {
    public var article: Article
    public var diagnostics: [Diagnostic]
}

/// Reads one article file: decodes it, splits off front matter, removes boilerplate and finds
/// title, byline, credit, dateline and body (see ``ArticleParser`` for the rules).
public enum ArticleReader {
    public static func read(path: String) throws(AssemblyError) -> ArticleReading {
        let source = try SourceText.load(path: path)
        return try read(text: source.text, path: path, diagnostics: source.diagnostics)
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
