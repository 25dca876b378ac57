import DossierBrief
import DossierCore
import Foundation
import Mustache

/// Renders `brief.md` through a user's Mustache template (`--template FILE.mustache`) instead of
/// the built-in layout. The context keys and the escaping rules are documented on
/// ``MarkdownOptions/template``.
struct TemplateBrief {
    let packet: Packet
    let options: MarkdownOptions
    let template: URL
    let fileName: String

    /// The Mustache content type whose escaping is Markdown's; registered once, named by a pragma
    /// put in front of the user's template.
    private static let contentTypeName = "DOSSIER_MARKDOWN"
    private static let pragma = "{{% CONTENT_TYPE: \(contentTypeName) }}"
    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: contentTypeName)

    func write(to writer: BriefWriter) throws(MarkdownError) -> [Diagnostic] {
        let parsed = try parse()
        let text = BriefText()
        let items = BriefItems(packet)
        var citations = Citations(style: options.citations)
        var context = Self.context(packet, items: items, text: text, citations: &citations)
        context["frontMatter"] = FrontMatter(packet: packet, clean: text.plain).lines(options.frontMatter).joined(separator: "\n")
        context["footnotes"] = citations.footnotes(articles: items.articles, text: text).joined(separator: "\n\n")
        if options.mermaid {
            let events = items.timeline.map { (text.plain(BriefWording.displayDate($0)), text.plain($0.summary)) }
            context["mermaid"] = MermaidTimeline.lines(title: text.plain(packet.title), events: events).joined(separator: "\n")
        }
        try writer.raw(Self.normalisedLines(parsed.render(context)))
        let unlinked = packet.articles.filter { article in article.url.map { MarkdownText.linkDestination($0) == nil } ?? false }
        return unlinked.map { BriefLayout.linkNotShown($0, file: fileName) }
            + citations.missingArticles(items.articles, file: fileName) + text.diagnostics(file: fileName)
    }

    private func parse() throws(MarkdownError) -> MustacheTemplate {
        _ = Self.registration
        let source: String
        do {
            source = try String(contentsOf: template, encoding: .utf8)
        } catch {
            throw .unreadableTemplate(file: template.path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        do {
            return try MustacheTemplate(string: Self.pragma + source)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            // The pragma shares the template's first line; report columns of the user's text.
            let column = line == 1 ? error.context.columnNumber - Self.pragma.count : error.context.columnNumber
            throw .invalidTemplate(file: template.path, line: line, column: max(1, column), reason: String(describing: error.error))
        } catch {
            throw .invalidTemplate(file: template.path, line: 1, column: 1, reason: String(describing: error))
        }
    }

    /// LF line endings and exactly one newline at the end, whatever the template's own endings.
    static func normalisedLines(_ output: String) -> String {
        var lines = output.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while lines.hasSuffix("\n") { lines.removeLast() }
        return lines + "\n"
    }

    private static func context(_ packet: Packet, items: BriefItems, text: BriefText,
                                citations: inout Citations) -> [String: Any] {
        let speakerNames = Dictionary(packet.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let sourceCounts = sourceCountByItem(packet.corroborations)
        func value(_ optional: String?) -> Any { optional.map(text.plain) ?? Absent() }
        func cite(_ source: Provenance) -> String { citations.cite([source], text: text) }
        return [
            "title": text.plain(packet.title),
            "date": packet.date.description,
            "generator": text.plain(packet.generator.displayName),
            "articleCount": packet.articles.count,
            "articles": packet.articles.map { article -> [String: Any] in
                ["id": text.plain(article.id), "title": text.plain(article.title), "titleInferred": article.titleInferred,
                 "source": text.plain(article.source), "outlet": value(article.outlet), "byline": value(article.byline),
                 "date": value(article.date?.description), "tags": article.tags.map(text.plain),
                 "link": article.url.flatMap(MarkdownText.linkDestination) ?? Absent()]
            },
            "synopsis": items.synopsis.map { sentence -> [String: Any] in
                ["id": text.plain(sentence.id), "text": text.plain(sentence.text), "article": text.plain(sentence.article),
                 "paragraph": text.plain(sentence.paragraph), "citation": cite(sentence.provenance)]
            },
            "stories": items.stories.map { story -> [String: Any] in
                ["id": text.plain(story.id), "title": text.plain(story.title), "articles": story.articles.map(text.plain)]
            },
            "keyPoints": items.keyPoints.map { point -> [String: Any] in
                ["id": text.plain(point.id), "rank": point.rank, "text": text.plain(point.text),
                 "article": text.plain(point.article), "paragraph": text.plain(point.paragraph), "citation": cite(point.provenance)]
            },
            "quotes": packet.quotes.map { quote -> [String: Any] in
                ["id": text.plain(quote.id), "text": text.plain(quote.text),
                 "speaker": value(quote.speaker.map { speakerNames[$0] ?? $0 }), "partial": quote.partial,
                 "sources": sourceCounts[quote.id] ?? 1, "article": text.plain(quote.article),
                 "paragraph": text.plain(quote.paragraph), "citation": cite(quote.provenance)]
            },
            "facts": packet.quantities.map { fact -> [String: Any] in
                ["id": text.plain(fact.id), "value": text.plain(fact.text), "number": fact.value, "unit": value(fact.unit),
                 "what": text.plain(fact.noun), "sentence": text.plain(fact.sentence), "sources": sourceCounts[fact.id] ?? 1,
                 "article": text.plain(fact.article), "paragraph": text.plain(fact.paragraph), "citation": cite(fact.provenance)]
            },
            "timeline": items.timeline.map { event -> [String: Any] in
                ["id": text.plain(event.id), "date": text.plain(BriefWording.displayDate(event)), "precision": event.precision.rawValue,
                 "summary": text.plain(event.summary), "article": text.plain(event.article),
                 "paragraph": text.plain(event.paragraph), "citation": cite(event.provenance)]
            },
            "entities": items.entities.map { entity -> [String: Any] in
                ["id": text.plain(entity.id), "name": text.plain(entity.name), "kind": BriefWording.kindName(entity.kind),
                 "aliases": entity.aliases.map(text.plain), "mentions": entity.mentions.count, "articles": entity.mentionCounts.count]
            },
        ]
    }

    /// How many articles carry each corroborated quote or quantity.
    private static func sourceCountByItem(_ corroborations: [Corroboration]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for corroboration in corroborations {
            for item in corroboration.items where counts[item] == nil { counts[item] = corroboration.articles.count }
        }
        return counts
    }
}

/// Markdown escaping for `{{name}}` in a user's template.
private struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownText.escape(MarkdownText.clean(text).text)
    }
}

/// A value the packet does not have: renders as nothing, counts as false in a section.
private struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
