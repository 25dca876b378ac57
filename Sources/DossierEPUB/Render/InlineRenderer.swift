import DossierCore
import DossierXHTML
import Foundation

/// Writes the inline content of one block, marking the quotes the analysis found in it with a
/// `quote` span whose title names the speaker.
struct InlineRenderer {
    let plan: BookPlan
    /// Quotes of the block that are not marked yet.
    private(set) var pending: [Quote]

    init(plan: BookPlan, block: Provenance) {
        self.plan = plan
        pending = (plan.quotesByParagraph[block] ?? []).filter { !$0.text.isEmpty }
    }

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

    /// Writes `text`, wrapping the first occurrence of each pending quote, earliest first.
    private mutating func writeMarkingQuotes(_ text: String, to writer: inout XHTMLWriter) {
        var rest = text[...]
        while let (index, range) = earliestQuote(in: rest) {
            let quote = pending.remove(at: index)
            writer.text(String(rest[..<range.lowerBound]))
            writer.element("span", [("class", "quote"), ("title", quote.speaker.flatMap { plan.entityNames[$0] })],
                           text: String(rest[range]))
            rest = rest[range.upperBound...]
        }
        writer.text(String(rest))
    }

    private func earliestQuote(in text: Substring) -> (Int, Range<Substring.Index>)? {
        var best: (Int, Range<Substring.Index>)?
        for (index, quote) in pending.enumerated() {
            if let range = ByteSearch.firstRange(of: quote.text, in: text), range.lowerBound < best?.1.lowerBound ?? text.endIndex {
                best = (index, range)
            }
        }
        return best
    }
}
