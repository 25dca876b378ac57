import DossierCore
import Foundation

/// Pass 6: turns the extracted article into the model's blocks: paragraphs, headings, block quotes and
/// lists, with emphasis, strong text, code and links as inlines. Only `http`, `https` and `mailto` links
/// stay links (relative ones resolved against the page's URL); any other link is kept as its text.
/// Figure captions leave the body and are listed as captions. The walk keeps its own stack.
struct BlockPass {
    let tree: NodeTree
    let baseURL: URL?
    private(set) var blocks: [Block] = []
    private(set) var removed: [RemovedLine] = []

    /// Beyond this depth nested emphasis adds nothing a reader sees, and would only deepen the model.
    static let maximumInlineDepth = 8
    static let containers: Set<Tag> = [
        .div, .section, .article, .main, .header, .footer, .aside, .nav, .form, .fieldset, .center, .details,
        .summary, .address, .dl, .dt, .dd, .figure, .table, .thead, .tbody, .tfoot, .body, .html, .document, .dialog,
        .menu, .caption, .picture,
    ]
    static let skipped: Set<Tag> = [
        .script, .style, .noscript, .template, .head, .title, .meta, .link, .svg, .math, .img, .iframe, .object,
        .embed, .canvas, .video, .audio, .source, .input, .textarea, .select, .button, .option,
    ]

    private enum Style { case plain, emphasis, strong, code, link(String) }
    private struct Frame { var style: Style; var content: [Inline] = [] }
    private enum Context { case body, heading(Int), list(ordered: Bool), quote }

    private var frames: [Frame] = [Frame(style: .plain)]
    private var pendingSpace = false
    private var contexts: [Context] = [.body]
    private var listItems: [[Inline]] = []

    init(tree: NodeTree, baseURL: URL?) {
        self.tree = tree
        self.baseURL = baseURL
    }

    static func blocks(of article: NodeTree.ID, in tree: NodeTree, baseURL: URL?) -> (blocks: [Block], removed: [RemovedLine]) {
        var pass = BlockPass(tree: tree, baseURL: baseURL)
        pass.walk(article)
        pass.flush()
        return (pass.blocks, pass.removed)
    }

    private mutating func walk(_ start: NodeTree.ID) {
        var stack: [(node: NodeTree.ID, leaving: Bool)] = [(start, false)]
        while let (node, leaving) = stack.popLast() {
            if leaving {
                leave(node)
                continue
            }
            guard tree.isElement(node) else {
                appendText(tree.text(of: node))
                continue
            }
            let tag = tree.tag(of: node)
            if Self.skipped.contains(tag) { continue }
            if tag == .figcaption {
                let text = tree.innerText(of: node)
                if !text.isEmpty { removed.append(RemovedLine(line: tree.line(of: node), text: text, reason: .caption)) }
                continue
            }
            if tag == .br {
                if case .list = contexts.last, frames.count == 1, frames[0].content.isEmpty { continue }
                frames[frames.count - 1].content.append(.lineBreak)
                pendingSpace = false
                continue
            }
            if tag == .pre {
                flush()
                let code = tree.textContent(of: node).trimmingCharacters(in: .newlines)
                if !code.isEmpty { blocks.append(.paragraph(Paragraph(id: "", content: [.code(code)]))) }
                continue
            }
            enter(node, tag: tag)
            stack.append((node, true))
            for child in tree.children(of: node).reversed() { stack.append((child, false)) }
        }
    }

    private mutating func enter(_ node: NodeTree.ID, tag: Tag) {
        switch tag {
        case .p, .tr:
            breakBlock()
        case .h1, .h2, .h3, .h4, .h5, .h6:
            breakBlock()
            contexts.append(.heading(max(2, tag.headingLevel ?? 2)))
        case .blockquote:
            breakBlock()
            contexts.append(.quote)
        case .ul, .ol:
            breakBlock()
            if case .list = contexts.last {} else { listItems = [] }
            contexts.append(.list(ordered: tag == .ol))
        case .li:
            breakBlock()
        case .td, .th, .hr:
            separate()
        case .em, .i, .cite:
            pushFrame(.emphasis)
        case .strong, .b:
            pushFrame(.strong)
        case .code, .kbd, .samp, .tt:
            pushFrame(.code)
        case .a:
            pushFrame(liveURL(tree.attribute("href", of: node)).map(Style.link) ?? .plain)
        default:
            if Self.containers.contains(tag) || !isInline(node) {
                breakBlock()
            } else {
                pushFrame(.plain)
            }
        }
    }

    private mutating func leave(_ node: NodeTree.ID) {
        let tag = tree.tag(of: node)
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6:
            flush()
            contexts.removeLast()
        case .blockquote:
            flush()
            contexts.removeLast()
        case .ul, .ol:
            flush()
            contexts.removeLast()
            if case .list = contexts.last {} else { emitList(ordered: tag == .ol) }
        case .em, .i, .cite, .strong, .b, .code, .kbd, .samp, .tt, .a:
            popFrame()
        case .p, .tr, .li, .td, .th, .hr:
            breakBlock()
        default:
            if Self.containers.contains(tag) || !isInline(node) { breakBlock() } else { popFrame() }
        }
    }

    private func isInline(_ node: NodeTree.ID) -> Bool {
        let tag = tree.tag(of: node)
        if Tag.phrasing.contains(tag) || tag == .a || tag == .del || tag == .ins || tag == .time || tag == .mark { return true }
        // An unknown element (`<o:p>`, a custom tag) reads as inline.
        return tag == .other
    }

    // MARK: Inlines

    private mutating func pushFrame(_ style: Style) {
        // A space before an element belongs outside it: "a <em>b</em>" is "a " then emphasis "b".
        if pendingSpace && !isAtBlockStart("") {
            appendPiece(" ")
            pendingSpace = false
        }
        if frames.count >= Self.maximumInlineDepth { frames.append(Frame(style: .plain)); return }
        frames.append(Frame(style: style))
    }

    private mutating func popFrame() {
        guard frames.count > 1 else { return }
        let frame = frames.removeLast()
        guard frame.content.contains(where: { !WhiteSpace.isBlank($0.plainText) }) else {
            appendInlines(frame.content.filter { if case .lineBreak = $0 { false } else { true } })
            return
        }
        let inline: [Inline] = switch frame.style {
        case .plain: frame.content
        case .emphasis: [.emphasis(frame.content)]
        case .strong: [.strong(frame.content)]
        case .code: [.code(frame.content.plainText)]
        case .link(let url): [.link(text: frame.content, url: url)]
        }
        appendInlines(inline)
    }

    /// Appends to the innermost frame, joining neighbouring text runs into one.
    private mutating func appendInlines(_ inlines: [Inline]) {
        for inline in inlines {
            if case .text(let text) = inline { appendPiece(text) } else { frames[frames.count - 1].content.append(inline) }
        }
    }

    /// Appends text with white space collapsed across element boundaries.
    private mutating func appendText(_ raw: String) {
        var piece = ""
        for scalar in raw.unicodeScalars {
            if WhiteSpace.isSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !isAtBlockStart(piece) { piece.unicodeScalars.append(" ") }
                pendingSpace = false
                piece.unicodeScalars.append(scalar == "\u{00A0}" ? " " : scalar)
            }
        }
        appendPiece(piece)
    }

    private mutating func appendPiece(_ piece: String) {
        guard !piece.isEmpty else { return }
        var content = frames[frames.count - 1].content
        if case .text(let previous)? = content.last {
            content[content.count - 1] = .text(previous + piece)
        } else {
            content.append(.text(piece))
        }
        frames[frames.count - 1].content = content
    }

    private func isAtBlockStart(_ piece: String) -> Bool {
        piece.isEmpty && frames.allSatisfy { $0.content.isEmpty }
            || piece.isEmpty && { if case .lineBreak? = frames.last?.content.last { true } else { false } }()
    }

    /// A table cell or rule: words on either side must not run together.
    private mutating func separate() { pendingSpace = true }

    // MARK: Blocks

    private mutating func breakBlock() {
        if case .list = contexts.last { flushItem() } else { flush() }
    }

    private mutating func takeContent() -> [Inline] {
        while frames.count > 1 { popFrame() }
        let content = Self.trimmed(frames[0].content)
        frames[0].content = []
        pendingSpace = false
        return content
    }

    private mutating func flushItem() {
        let content = takeContent()
        if !content.isEmpty { listItems.append(content) }
    }

    private mutating func flush() {
        if case .list = contexts.last {
            flushItem()
            return
        }
        let content = takeContent()
        guard !content.isEmpty else { return }
        switch contexts.last ?? .body {
        case .heading(let level): blocks.append(.heading(Heading(id: "", level: level, content: content)))
        case .quote: blocks.append(.blockQuote(Paragraph(id: "", content: content)))
        case .body, .list: blocks.append(.paragraph(Paragraph(id: "", content: content)))
        }
    }

    private mutating func emitList(ordered: Bool) {
        if !listItems.isEmpty { blocks.append(.list(ListBlock(id: "", ordered: ordered, items: listItems))) }
        listItems = []
    }

    /// Drops line breaks and spaces at either end.
    static func trimmed(_ content: [Inline]) -> [Inline] {
        var result = content
        while let first = result.first, case .lineBreak = first { result.removeFirst() }
        while let last = result.last, case .lineBreak = last { result.removeLast() }
        if case .text(let text)? = result.last {
            let trimmed = text.trimmingWhiteSpaceAtEnd
            if trimmed.isEmpty { result.removeLast() } else { result[result.count - 1] = .text(trimmed) }
        }
        if case .text(let text)? = result.first, text.hasPrefix(" ") {
            result[0] = .text(String(text.dropFirst()))
        }
        return result.contains(where: { !WhiteSpace.isBlank($0.plainText) }) ? result : []
    }

    private func liveURL(_ href: String?) -> String? {
        guard let href = href?.trimmingWhiteSpace, !href.isEmpty else { return nil }
        let resolved = URL(string: href, relativeTo: baseURL)?.absoluteURL
        guard let resolved, let scheme = resolved.scheme?.lowercased(), ["http", "https", "mailto"].contains(scheme) else { return nil }
        return resolved.absoluteString
    }
}

extension String {
    var trimmingWhiteSpaceAtEnd: String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, WhiteSpace.isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }
}
