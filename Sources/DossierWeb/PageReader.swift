import DossierCore
import Foundation

/// Reads one HTML page: decodes it, parses it, reads its metadata and extracts its article.
enum PageReader {
    struct Page {
        var article: Article
        var diagnostics: [Diagnostic]
    }

    static func read(_ bytes: [UInt8], source: String, url: String?, contentType: String?) throws(WebReadingError) -> Page {
        var diagnostics: [Diagnostic] = []
        let (tree, _) = try parse(bytes, source: source, contentType: contentType, diagnostics: &diagnostics)
        let metadata = PageMetadata.read(tree)
        let pageURL = metadata.canonicalURL?.value ?? url
        let extractor = ContentExtractor(title: metadata.title?.value ?? "", wantsByline: metadata.byline == nil,
                                         baseURL: (url ?? pageURL).flatMap(URL.init(string:)))
        let content = extractor.extract(from: tree)
        guard !content.blocks.isEmpty else { throw .noArticle(path: source) }
        return Page(article: article(source: source, metadata: metadata, content: content, url: pageURL), diagnostics: diagnostics)
    }

    /// Decodes and parses the page; bad bytes in a page said (or found) to be UTF-8 are replaced and reported.
    static func parse(_ bytes: [UInt8], source: String, contentType: String?, diagnostics: inout [Diagnostic]) throws(WebReadingError) -> (NodeTree, CharacterEncoding) {
        let encoding = CharacterEncoding.detect(bytes, contentType: contentType)
        var input = bytes
        if encoding.isUTF8, let offset = UTF8Check.firstInvalidOffset(in: bytes) {
            let repaired = UTF8Check.repaired(bytes)
            input = repaired.bytes
            diagnostics.append(Diagnostic(.warning, code: "invalid-utf8",
                "invalid UTF-8 (first bad byte at offset \(offset)); \(repaired.replaced) byte sequence\(repaired.replaced == 1 ? "" : "s") shown as �",
                file: source))
        } else if encoding.source == .detected && !encoding.isUTF8 {
            diagnostics.append(Diagnostic(.note, code: "encoding-guessed",
                "declares no encoding and is not UTF-8; read as windows-1252", file: source))
        }
        guard let parsed = LibXML.parseHTML(input, encoding: encoding.name) else {
            throw .unparsable(path: source, reason: "libxml2 could not parse it")
        }
        return (parsed.tree, encoding)
    }

    private static func article(source: String, metadata: PageMetadata, content: ContentExtractor.Result, url: String?) -> Article {
        var sources: [MetadataSource] = []
        func note(_ field: String, _ value: PageMetadata.Field?) { if let value { sources.append(MetadataSource(field: field, source: value.source)) } }
        let firstHeading = content.blocks.first.flatMap { if case .heading(let heading) = $0 { heading.content.plainText } else { nil } }
        let title = metadata.title.map { WhiteSpace.collapse($0.value) }.flatMap { $0.isEmpty ? nil : $0 } ?? firstHeading
        note("title", metadata.title)
        let byline = metadata.byline?.value ?? content.byline
        if metadata.byline != nil { note("byline", metadata.byline) } else if content.byline != nil { sources.append(MetadataSource(field: "byline", source: "visible byline")) }
        let date = metadata.published.flatMap { WebDate.day($0.value) }
        if date != nil { note("date", metadata.published) }
        note("outlet", metadata.siteName)
        if metadata.canonicalURL != nil { note("url", metadata.canonicalURL) } else if url != nil { sources.append(MetadataSource(field: "url", source: "fetched from")) }
        note("language", metadata.language)
        var article = Article(
            id: "", source: source,
            title: title ?? inferredTitle(content.blocks),
            titleInferred: title == nil,
            byline: byline.map(WhiteSpace.collapse).flatMap { $0.isEmpty ? nil : $0 },
            outlet: metadata.siteName?.value,
            date: date, dateSource: date == nil ? nil : .metadata,
            url: url, language: metadata.language?.value,
            body: content.blocks, removed: content.removed)
        article.metadataSources = sources
        return article
    }

    /// The lead's first words, for a page with no title anywhere.
    static func inferredTitle(_ blocks: [Block]) -> String {
        let words = (blocks.first?.plainText ?? "").split(separator: " ").prefix(12)
        return words.joined(separator: " ") + (words.count == 12 ? "…" : "")
    }
}
