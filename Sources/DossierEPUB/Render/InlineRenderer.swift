import DossierCore
import DossierXHTML
import Foundation

/// Writes the inline content of one block, marking the quotes the analysis found in it with a
/// `quote` span whose title names the speaker.
struct InlineRenderer {
    let plan: BookPlan
    /// Quotes of the block, in packet order.
    private let quotes: [Quote]
    private var marked: [Bool]
    /// Built at the first text that may hold a quote, then shared by all the block's texts.
    private var matcher: QuoteMatcher?

    init(plan: BookPlan, block: Provenance) {
        self.plan = plan
        quotes = (plan.quotesByParagraph[block] ?? []).filter { !$0.text.isEmpty }
        marked = Array(repeating: false, count: quotes.count)
    }

    /// Quotes of the block that are not marked yet.
    var pending: [Quote] { zip(quotes, marked).filter { !$0.1 }.map(\.0) }

    mutating func write(_ inlines: [Inline], to writer: inout XHTMLWriter) {
        for inline in inlines { write(inline, to: &writer) }
    }

    /// Reports the quotes that were not found in the block's text (they are still in the overview).
    func reportUnmarked(to writer: inout XHTMLWriter) {
        for quote in pending {
            writer.report(Diagnostic(.note, code: "epub-quote-not-marked",
                                     "\(quote.paragraph): quote \(quote.id) is not in the paragraph's text as written, so the reading pack does not mark it",
                                     file: plan.articlesByID[quote.article]?.source, article: quote.article, paragraph: quote.paragraph))
        }
    }

    private mutating func write(_ inline: Inline, to writer: inout XHTMLWriter) {
        switch inline {
        case .text(let text):
            writeMarkingQuotes(text, to: &writer)
        case .emphasis(let children):
            writer.start("em")
            write(children, to: &writer)
            writer.end("em")
        case .strong(let children):
            writer.start("strong")
            write(children, to: &writer)
            writer.end("strong")
        case .code(let code):
            writer.element("code", text: code)
        case .link(let children, let url):
            guard TextTraits.isLinkable(url) else {
                write(children, to: &writer)
                writer.report(Diagnostic(.note, code: "epub-link-as-text",
                                         "\(writer.origin.paragraph ?? ""): the link to '\(url.prefix(80))' is shown as plain text: the reading pack links only http and https addresses",
                                         file: writer.origin.article.flatMap { plan.articlesByID[$0]?.source },
                                         article: writer.origin.article, paragraph: writer.origin.paragraph))
                return
            }
            writer.start("a", [("href", url)])
            write(children, to: &writer)
            writer.end("a")
        case .lineBreak:
            writer.raw("<br/>")
        }
    }

    /// Writes `text`, wrapping the first occurrence of each pending quote, earliest first, in one pass.
    private mutating func writeMarkingQuotes(_ text: String, to writer: inout XHTMLWriter) {
        guard !quotes.isEmpty else { return writer.text(text) }
        if matcher == nil { matcher = QuoteMatcher(quotes.map(\.text)) }
        var contiguous = text
        contiguous.withUTF8 { bytes in
            let utf8 = text.utf8
            func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var cursor = 0
            while let (index, range) = matcher?.first(in: bytes, from: cursor) {
                matcher?.mark(index)
                marked[index] = true
                let quote = quotes[index]
                writer.text(String(text[at(cursor)..<at(range.lowerBound)]))
                writer.element("span", [("class", "quote"), ("title", quote.speaker.flatMap { plan.entityNames[$0] })],
                               text: String(text[at(range.lowerBound)..<at(range.upperBound)]))
                cursor = range.upperBound
            }
            writer.text(String(text[at(cursor)...]))
        }
    }
}
