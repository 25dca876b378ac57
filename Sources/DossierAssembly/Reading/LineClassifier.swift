import DossierCore

/// What reading made of one line.
enum LineRole: Equatable {
    /// Empty, or only punctuation such as a `* * *` rule: no text to keep.
    case blank
    case body
    case removed(BoilerplateRule)
    case tags([String])
    case credit
    case byline(Attribution.Byline)
    case authorBox(name: String?)
    /// A line that only dates the article.
    case published(PacketDate?)

    /// The rule recorded when the line leaves the body; nil for body and blank lines.
    var rule: BoilerplateRule? {
        switch self {
        case .blank, .body: nil
        case .removed(let rule): rule
        case .tags: .tagLine
        case .credit: .creditLine
        case .byline: .byline
        case .authorBox: .authorBox
        case .published: .publicationDate
        }
    }
}

/// A line of the article body (front matter excluded) with its Markdown shape and role.
struct ReadLine {
    let source: SourceLine
    let shape: MarkdownLine
    var role: LineRole

    /// The line's text without its Markdown marker (`## `, `- `, `> `).
    var content: Substring { shape.content(of: source.text) }
}

/// Gives every line its role: first the rules that hold anywhere (banners, captions, credits, bylines),
/// then those that hold only at the top (date lines, a lone author name under the title) or at the end
/// (a lone name, "X is a correspondent …"), walking inwards from each end until the body text starts.
struct LineClassifier {
    let markdown: Bool
    /// The most words any rule of ``Attribution`` or ``BoilerplateRules`` accepts (a credit line's 100).
    static let ruleWordLimit = 100

    func classify(_ lines: ArraySlice<SourceLine>) -> [ReadLine] {
        var read: [ReadLine] = []
        read.reserveCapacity(lines.count)
        for line in lines {
            let shape = markdown ? MarkdownLine(line.text) : .text
            var current = ReadLine(source: line, shape: shape, role: .body)
            current.role = role(of: current, after: read.last)
            read.append(current)
        }
        markHeadedLines(&read)
        walkHead(&read)
        walkTail(&read)
        markUnfinishedLines(&read)
        return read
    }

    /// The text the rules see: the content without inline markup.
    func plainText(_ line: ReadLine) -> RuleText? {
        plainString(line).flatMap(RuleText.init)
    }

    private func plainString(_ line: ReadLine) -> String? {
        let content = line.content
        guard content.utf8.count <= TextShape.ruleLineLimit else { return nil }
        return markdown ? InlineParser.parse(content).plainText : String(content)
    }

    private func role(of line: ReadLine, after previous: ReadLine?) -> LineRole {
        if line.shape == .image { return .removed(.caption) }
        if !line.content.contains(where: { $0.isLetter || $0.isNumber }) { return .blank }
        // A hard-wrapped line that continues a sentence is body text, whatever its first words.
        if let previous, previous.role == .body, !TextShape.endsSentence(previous.content),
           line.content.first?.isLowercase == true { return .body }
        guard let plain = plainString(line) else { return .body }
        if let previous, previous.shape == .image, isWhollyEmphasised(line) { return .removed(.caption) }
        // No rule below takes a line of more words: most body paragraphs end here, unprepared.
        guard !TextShape.hasMoreWords(than: Self.ruleWordLimit, plain), let text = RuleText(plain) else { return .body }
        if BoilerplateRules.isChartCredit(text) { return .removed(.caption) }
        if Attribution.isCredit(text) { return .credit }
        if let byline = Attribution.byline(in: text) { return .byline(byline) }
        if case .byline? = previous?.role, Attribution.isAffiliation(text) { return .removed(.byline) }
        if let box = Attribution.authorBox(in: text) { return .authorBox(name: box.name) }
        if let tags = BoilerplateRules.tags(in: text) { return .tags(tags) }
        return BoilerplateRules.rule(for: text).map(LineRole.removed) ?? .body
    }

    /// `*Soldiers in Gao, 2021*` under a picture: its caption.
    private func isWhollyEmphasised(_ line: ReadLine) -> Bool {
        let inlines = InlineParser.parse(line.content)
        guard inlines.count == 1, let only = inlines.first else { return false }
        if case .emphasis = only { return true }
        return false
    }

    /// The lines under a heading label ("Related stories", "Related Topics", "Image caption,") share its rule:
    /// teasers and tags up to the next blank line (under a Markdown heading, up to the next other text),
    /// a caption for one line.
    private func markHeadedLines(_ lines: inout [ReadLine]) {
        var heading: BoilerplateRule?
        var spansBlankLines = false
        for index in lines.indices {
            switch lines[index].role {
            case .blank:
                if !spansBlankLines { heading = nil }
            case .body:
                guard let rule = heading, !lines[index].shape.isHeading else {
                    heading = nil
                    continue
                }
                let content = lines[index].content
                let isShort = content.wordCount <= 20 && !TextShape.endsSentence(content)
                switch rule {
                case .relatedStory where isShort || lines[index].shape != .text:
                    lines[index].role = .removed(.relatedStory)
                case .tagLine where isShort && content.wordCount <= 5:
                    lines[index].role = .tags([String(content)])
                case .caption:
                    lines[index].role = .removed(.caption)
                    heading = nil
                default:
                    heading = nil
                }
            case .removed, .tags, .credit, .byline, .authorBox, .published:
                heading = lines[index].role.rule.flatMap { rule in
                    plainText(lines[index]).flatMap { BoilerplateRules.headsLines($0, removedAs: rule) ? rule : nil }
                }
                spansBlankLines = lines[index].shape.isHeading
            }
        }
    }

    /// At the top, before the lead (the first paragraph of 25 words or more that ends a sentence): lines
    /// that only date the article, and an author's name standing alone under the title. A run of lines
    /// changes only when every line in it is such a line, so a paragraph's lines are never taken apart.
    private func walkHead(_ lines: inout [ReadLine]) {
        let runs = bodyRuns(lines)
        markKicker(runs, &lines)
        // The first run that is not a date or a kicker is the title's place, even when it looks like a name.
        var pastTitle = false
        for run in runs where lines[run.lowerBound].role == .body {
            var words = 0
            for index in run where words < 25 { words += lines[index].content.wordCount }
            if words >= 25 && TextShape.endsSentence(lines[run.last!].content) { return }
            let texts = run.compactMap { plainText(lines[$0]) }
            guard texts.count == run.count else { return }
            let roles: [LineRole?] = texts.map { text in
                if let published = PublicationDate(text) { return .published(published.date) }
                if pastTitle, let name = Attribution.loneName(in: text) { return .byline(Attribution.Byline(names: name)) }
                return nil
            }
            guard roles.allSatisfy({ $0 != nil }) else {
                pastTitle = true
                continue
            }
            for (index, role) in zip(run, roles) { lines[index].role = role! }
        }
    }

    /// "Analysis", "Breaking News": a section label of a few words above a title line, kept as a tag.
    private func markKicker(_ runs: [Range<Int>], _ lines: inout [ReadLine]) {
        guard runs.count >= 3, runs[0].count == 1, runs[1].count == 1 else { return }
        let (kicker, title) = (lines[runs[0].lowerBound], lines[runs[1].lowerBound])
        guard kicker.shape == .text, title.shape == .text, kicker.content.wordCount <= 3,
              TitleRules.isTitle(kicker.content), !TextShape.endsSentence(kicker.content),
              TitleRules.isTitle(title.content), title.content.wordCount >= 4 else { return }
        lines[runs[0].lowerBound].role = .tags([String(kicker.content)])
    }

    /// The runs of consecutive body lines, in order.
    private func bodyRuns(_ lines: [ReadLine]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for index in lines.indices {
            if lines[index].role == .body {
                if start == nil { start = index }
            } else if let first = start {
                runs.append(first..<index)
                start = nil
            }
        }
        if let first = start { runs.append(first..<lines.endIndex) }
        return runs
    }

    /// A line standing alone, of a sentence's length, that does not end as a sentence does, between text
    /// lines that do: a picture's caption (pages that set captions apart leave off their full stop), never
    /// a paragraph, which ends with its punctuation, nor a subhead, which is shorter. Lines of a table or a
    /// list of results, which follow each other unfinished, are data and stay. The first text line is the
    /// title's place and stays.
    private func markUnfinishedLines(_ lines: inout [ReadLine]) {
        guard let first = lines.firstIndex(where: { $0.role == .body }) else { return }
        let textLines = lines.indices.filter { $0 > first && lines[$0].role == .body && lines[$0].shape == .text }
        let unfinished = textLines.map { !Self.endsAsSentence(lines[$0].content) }
        for (position, index) in textLines.enumerated() where unfinished[position] {
            let standsAlone = (index == 0 || lines[index - 1].role != .body) && (index + 1 == lines.count || lines[index + 1].role != .body)
            let content = lines[index].content
            let neighboursFinished = (position == 0 || !unfinished[position - 1]) && (position + 1 == textLines.count || !unfinished[position + 1])
            guard standsAlone, neighboursFinished, !TextShape.hasMoreWords(than: Self.ruleWordLimit, content),
                  content.wordCount >= Self.shortestUnfinishedCaption else { continue }
            lines[index].role = .removed(.caption)
        }
    }

    /// True when the last character (closing quotes and brackets aside) is not a letter or digit.
    private static func endsAsSentence(_ content: Substring) -> Bool {
        guard let last = content.last(where: { !TextShape.trailingClosers.contains($0) && !$0.isWhitespace }) else { return true }
        return !(last.isLetter || last.isNumber)
    }

    /// Fewer words than this without a full stop make a subhead, which runs to about a dozen words.
    static let shortestUnfinishedCaption = 13

    /// At the end, after the last body paragraph: a lone author name and author sentences.
    private func walkTail(_ lines: inout [ReadLine]) {
        for index in lines.indices.reversed() where lines[index].role == .body {
            guard lines[index].shape == .text, let text = plainText(lines[index]) else { return }
            if let name = Attribution.loneName(in: text) {
                lines[index].role = .byline(Attribution.Byline(names: name))
            } else if let name = Attribution.authorSentence(in: text) {
                lines[index].role = .authorBox(name: name)
            } else {
                return
            }
        }
    }
}
