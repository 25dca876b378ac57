import DossierCore
import Foundation

/// Finds an article's structure in its text: front matter, title, byline, credit, dateline, tags, the body
/// blocks, and every line removed on the way with the rule that removed it.
///
/// The dateline is taken out of the first paragraph's text and kept in ``Article/dateline``, so the lead
/// reads as a sentence (for an inferred title and key points) and a dateline date is not read as an event.
struct ArticleParser {
    let text: String
    let source: String

    private var markdown: Bool {
        ["md", "markdown"].contains((source as NSString).pathExtension.lowercased())
    }

    func parse() throws(AssemblyError) -> ArticleReading {
        let lines = SourceLine.split(text)
        let frontMatter = try FrontMatter.read(lines, path: source)
        let read = LineClassifier(markdown: markdown).classify(lines[(frontMatter?.lines.count ?? 0)...])
        var units = BodyUnits.group(read)

        // Front matter lines between the delimiters, then every line a rule took, then the title line.
        var removed = (frontMatter?.lines.dropFirst().dropLast() ?? []).filter { !$0.isBlank }.map { RemovedLine($0, .frontMatter) }
        removed += read.compactMap { line in line.role.rule.map { RemovedLine(line.source, $0) } }
        let title = takeTitle(from: &units, given: frontMatter?.title)
        removed += title.lines.map { RemovedLine($0.source, .title) }
        var body = units.enumerated().map { index, unit in
            block(for: unit, isFirst: index == 0, isLast: index == units.count - 1)
        }
        removed += takeTimeStamps(from: &body, units: units)
        let dateline = takeDateline(from: &body)
        guard let lead = body.first?.plainText else { throw .onlyBoilerplate(path: source) }

        let found = LineFindings(read)
        // The date the article gives, by the source reading trusts most.
        let dated: (PacketDate, DateSource)? = frontMatter?.date.map { ($0, .frontMatter) }
            ?? found.publishedDate.map { ($0, .publicationLine) } ?? dateline?.date.map { ($0, .dateline) }
        let article = Article(
            id: "", source: source,
            title: title.text ?? TitleRules.inferred(fromLead: lead),
            titleInferred: title.text == nil,
            byline: frontMatter?.author ?? found.byline,
            credit: found.credit,
            outlet: frontMatter?.outlet ?? dateline?.outlet ?? found.affiliation,
            dateline: dateline?.text,
            date: dated?.0, dateSource: dated?.1,
            url: frontMatter?.url,
            tags: frontMatter?.tags ?? found.tags,
            body: body,
            removed: removed.sorted { $0.line < $1.line })
        return ArticleReading(article: article, diagnostics: frontMatter?.diagnostics ?? [])
    }

    // MARK: Title

    /// The title: front matter's, else a top Markdown heading, else a first line that looks like one and has
    /// a body after it. The title line leaves the body (a line repeating the front matter title too).
    private func takeTitle(from units: inout [BodyUnit], given: String?) -> (text: String?, lines: [ReadLine]) {
        guard let first = units.first else { return (given, []) }
        let candidate: (text: String, lines: [ReadLine])?
        switch first {
        case .heading(let level, let line) where level == 1 || given == nil:
            candidate = (plainText(line.content), [line])
        case .text(let lines) where lines.count == 1 && units.count > 1:
            let text = plainText(lines[0].content)
            candidate = TitleRules.isTitle(text) && Dateline(leading: text) == nil ? (text, lines) : nil
        case .heading, .text, .list, .quote:
            candidate = nil
        }
        guard let candidate else { return (given, []) }
        if let given {
            // Under a front matter title, only a top H1 or a line repeating that title is the title line.
            let isHeading = if case .heading = first { true } else { false }
            guard isHeading || sameText(candidate.text, given) else { return (given, []) }
        }
        units.removeFirst()
        return (given ?? candidate.text, candidate.lines)
    }

    private func sameText(_ a: String, _ b: String) -> Bool {
        TextShape.folded(TextShape.trimmingQuotes(a)) == TextShape.folded(TextShape.trimmingQuotes(b))
    }

    // MARK: Blocks

    private func block(for unit: BodyUnit, isFirst: Bool, isLast: Bool) -> Block {
        switch unit {
        case .text(let lines):
            let content = inlines(lines.map(\.content))
            if lines.count == 1, !isFirst, !isLast, TitleRules.isSubhead(content.plainText) {
                return .heading(Heading(id: "", level: 2, content: content))
            }
            return .paragraph(Paragraph(id: "", content: content))
        case .heading(let level, let line):
            return .heading(Heading(id: "", level: max(2, level), content: inlines([line.content])))
        case .list(let ordered, let items):
            return .list(ListBlock(id: "", ordered: ordered, items: items.map { inlines($0.map(\.content)) }))
        case .quote(let lines):
            return .blockQuote(Paragraph(id: "", content: inlines(lines.map(\.content))))
        }
    }

    /// Lines joined into one run of text; Markdown's inline markup parsed, plain text kept as it is.
    private func inlines(_ lines: [Substring]) -> [Inline] {
        let joined = lines.joined(separator: " ")
        return markdown ? InlineParser.parse(joined) : [.text(joined)]
    }

    private func plainText(_ content: Substring) -> String {
        markdown ? InlineParser.parse(content).plainText : String(content)
    }

    /// Takes the time stamp off each live-blog entry ("16:06 GMT Rescuers reached …"): the entry's time, listed
    /// with the line it opened, not its text.
    private func takeTimeStamps(from body: inout [Block], units: [BodyUnit]) -> [RemovedLine] {
        var removed: [RemovedLine] = []
        for (index, unit) in zip(body.indices, units) {
            guard case .paragraph(let paragraph) = body[index], case .text(let lines) = unit, let line = lines.first else { continue }
            let text = paragraph.text
            guard let length = TimeStamp.leadingLength(in: text[...], wholeLine: false), length < text.count else { continue }
            let stamp = text.prefix(length).trimmingCharacters(in: CharacterSet(charactersIn: " -–—:|"))
            body[index] = .paragraph(Paragraph(id: paragraph.id, content: paragraph.content.droppingLeadingCharacters(length)))
            removed.append(RemovedLine(line: line.source.number, text: stamp, reason: .timestamp))
        }
        return removed
    }

    /// Takes a dateline off the start of the lead: the first paragraph that opens with one, among the first
    /// few (a standfirst may come before the lead).
    private func takeDateline(from body: inout [Block]) -> Dateline? {
        for index in body.indices.prefix(3) {
            guard case .paragraph(let paragraph) = body[index] else { continue }
            guard let dateline = Dateline(leading: paragraph.text), dateline.length < paragraph.text.count else { continue }
            let content = paragraph.content.droppingLeadingCharacters(dateline.length)
            body[index] = .paragraph(Paragraph(id: paragraph.id, content: content))
            return dateline
        }
        return nil
    }
}

extension RemovedLine {
    init(_ line: SourceLine, _ reason: BoilerplateRule) {
        self.init(line: line.number, text: String(line.text), reason: reason)
    }
}

// MARK: - What the removed lines say about the article

private struct LineFindings {
    let byline: String?
    let affiliation: String?
    let publishedDate: PacketDate?
    let tags: [String]
    /// Every credit line, whole, in order.
    let credit: String?

    init(_ lines: [ReadLine]) {
        var bylines: [Attribution.Byline] = [], boxNames: [String] = [], credits: [String] = [], tags: [String] = []
        var published: [PacketDate] = []
        for line in lines {
            switch line.role {
            case .byline(let byline): bylines.append(byline)
            case .authorBox(let name): boxNames += name.map { [$0] } ?? []
            case .credit: credits.append(String(line.source.text))
            case .tags(let found): tags += found
            case .published(let date): published += date.map { [$0] } ?? []
            case .blank, .body, .removed: break
            }
        }
        // Author cards at the end name one author each: the byline names them all, once.
        var named: Set<String> = []
        let names = bylines.map(\.names).filter { named.insert($0.lowercased()).inserted }
        byline = names.isEmpty ? boxNames.first : names.joined(separator: ", ")
        affiliation = bylines.lazy.compactMap(\.affiliation).first
        publishedDate = published.first
        var seen: Set<String> = []
        self.tags = tags.filter { seen.insert($0.lowercased()).inserted }
        credit = credits.isEmpty ? nil : credits.joined(separator: " ")
    }
}

extension Array where Element == Inline {
    /// The inlines without their first `count` characters of text.
    func droppingLeadingCharacters(_ count: Int) -> [Inline] {
        var remaining = count
        var result: [Inline] = []
        for inline in self {
            let length = remaining > 0 ? inline.plainText.count : 0
            if remaining > 0 && length <= remaining {
                remaining -= length
                continue
            }
            switch inline {
            case .text(let text): result.append(.text(String(text.dropFirst(remaining))))
            case .code(let text): result.append(.code(String(text.dropFirst(remaining))))
            case .emphasis(let children): result.append(.emphasis(children.droppingLeadingCharacters(remaining)))
            case .strong(let children): result.append(.strong(children.droppingLeadingCharacters(remaining)))
            case .link(let children, let url): result.append(.link(text: children.droppingLeadingCharacters(remaining), url: url))
            case .lineBreak: result.append(.lineBreak)
            }
            remaining = 0
        }
        return result
    }
}
