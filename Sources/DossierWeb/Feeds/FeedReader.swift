import DossierCore
import Foundation

/// Reads RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed 1.1 files: each item becomes an article, its HTML
/// content read by the same extractor as pages. A malformed feed is read as far as the parser gets and
/// reported, as feedparser does.
enum FeedReader {
    /// Items past this are left out (and reported), so one feed cannot hold the packet's memory hostage.
    static let maximumItems = 10_000

    struct Item {
        var title: String?
        var link: String?
        var author: String?
        var date: String?
        var html: String?
        var format: String
    }

    static func read(_ bytes: [UInt8], source: String) throws(WebReadingError) -> WebReading {
        var diagnostics: [Diagnostic] = []
        let items: [Item]
        if ContentSniffer.isJSON(bytes) {
            items = try JSONFeed.items(bytes, source: source)
        } else {
            guard let parsed = LibXML.parseXML(bytes) else { throw .unparsable(path: source, reason: "not a well-formed feed and nothing could be recovered") }
            items = XMLFeed.items(in: parsed.tree)
            if let error = parsed.firstError {
                diagnostics.append(Diagnostic(.warning, code: "malformed-feed",
                    "malformed feed (line \(error.line): \(error.message)); read as far as it goes (\(items.count) item\(items.count == 1 ? "" : "s"))",
                    file: source))
            }
        }
        if items.count > maximumItems {
            diagnostics.append(Diagnostic(.warning, code: "feed-truncated",
                "the feed has \(items.count) items; only the first \(maximumItems) are read", file: source))
        }
        var articles: [Article] = []
        for (index, item) in items.prefix(maximumItems).enumerated() {
            let itemSource = "\(source)#\(index + 1)"
            guard let article = article(from: item, source: itemSource, diagnostics: &diagnostics) else { continue }
            articles.append(article)
        }
        guard !articles.isEmpty else { throw .emptyFeed(path: source) }
        return WebReading(articles: articles, diagnostics: diagnostics)
    }

    private static func article(from item: Item, source: String, diagnostics: inout [Diagnostic]) -> Article? {
        let html = item.html ?? ""
        var blocks: [Block] = []
        var removed: [RemovedLine] = []
        if !WhiteSpace.isBlank(html), let parsed = LibXML.parseHTML(Array(html.utf8), encoding: "UTF-8") {
            let content = ContentExtractor(title: item.title ?? "", wantsByline: false, baseURL: item.link.flatMap(URL.init(string:)))
                .extractFragment(from: parsed.tree)
            blocks = content.blocks
            removed = content.removed
        }
        guard !blocks.isEmpty else {
            diagnostics.append(Diagnostic(.note, code: "feed-item-empty", "item has no text; left out", file: source))
            return nil
        }
        var sources: [MetadataSource] = []
        let title = item.title.map(WhiteSpace.collapse).flatMap { $0.isEmpty ? nil : $0 }
        if title != nil { sources.append(MetadataSource(field: "title", source: "\(item.format) title")) }
        if item.author != nil { sources.append(MetadataSource(field: "byline", source: "\(item.format) author")) }
        var date: PacketDate?
        if let written = item.date {
            date = WebDate.day(written)
            if date == nil {
                diagnostics.append(Diagnostic(.warning, code: "feed-bad-date", "item date “\(written.prefix(60))” is not a date; ignored", file: source))
            } else {
                sources.append(MetadataSource(field: "date", source: "\(item.format) date"))
            }
        }
        let link = item.link.flatMap { isLive($0) ? $0 : nil }
        if link != nil { sources.append(MetadataSource(field: "url", source: "\(item.format) link")) }
        var article = Article(
            id: "", source: source, title: title ?? PageReader.inferredTitle(blocks), titleInferred: title == nil,
            byline: item.author.map(WhiteSpace.collapse).flatMap { $0.isEmpty ? nil : $0 },
            date: date, dateSource: date == nil ? nil : .metadata, url: link, body: blocks, removed: removed)
        article.metadataSources = sources
        return article
    }

    private static func isLive(_ link: String) -> Bool {
        let lower = link.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
