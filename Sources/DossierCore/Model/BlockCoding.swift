// packet.json form of blocks and inlines: a `kind` tag, the block's `id` and plain `text` always
// (readers such as the analysis scorer need only those), structure only where plain text loses it.

extension Block: Codable {
    private enum Key: String, CodingKey { case kind, id, text, level, ordered, items, content }
    private enum Kind: String, Codable { case paragraph, heading, blockQuote = "block-quote", list }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let id = try c.decode(String.self, forKey: .id)
        let kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .paragraph
        func content() throws -> [Inline] {
            try c.decodeIfPresent([Inline].self, forKey: .content) ?? [.text(c.decode(String.self, forKey: .text))]
        }
        switch kind {
        case .paragraph: self = .paragraph(Paragraph(id: id, content: try content()))
        case .blockQuote: self = .blockQuote(Paragraph(id: id, content: try content()))
        case .heading: self = .heading(Heading(id: id, level: try c.decode(Int.self, forKey: .level), content: try content()))
        case .list:
            self = .list(ListBlock(id: id, ordered: try c.decode(Bool.self, forKey: .ordered),
                                   items: try c.decode([[Inline]].self, forKey: .items)))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        func encodeContent(_ content: [Inline]) throws {
            if content.count != 1 || content.first.map({ if case .text = $0 { false } else { true } }) == true {
                try c.encode(content, forKey: .content)
            }
        }
        switch self {
        case .paragraph(let p):
            try c.encode(Kind.paragraph, forKey: .kind)
            try c.encode(p.id, forKey: .id)
            try c.encode(p.text, forKey: .text)
            try encodeContent(p.content)
        case .blockQuote(let p):
            try c.encode(Kind.blockQuote, forKey: .kind)
            try c.encode(p.id, forKey: .id)
            try c.encode(p.text, forKey: .text)
            try encodeContent(p.content)
        case .heading(let h):
            try c.encode(Kind.heading, forKey: .kind)
            try c.encode(h.id, forKey: .id)
            try c.encode(h.content.plainText, forKey: .text)
            try c.encode(h.level, forKey: .level)
            try encodeContent(h.content)
        case .list(let l):
            try c.encode(Kind.list, forKey: .kind)
            try c.encode(l.id, forKey: .id)
            try c.encode(plainText, forKey: .text)
            try c.encode(l.ordered, forKey: .ordered)
            try c.encode(l.items, forKey: .items)
        }
    }
}

extension Inline: Codable {
    private enum Key: String, CodingKey { case kind, text, content, url }
    private enum Kind: String, Codable { case text, emphasis, strong, code, link, lineBreak = "line-break" }

    public init(from decoder: Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self = .text(text)
            return
        }
        let c = try decoder.container(keyedBy: Key.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .text: self = .text(try c.decode(String.self, forKey: .text))
        case .code: self = .code(try c.decode(String.self, forKey: .text))
        case .emphasis: self = .emphasis(try c.decode([Inline].self, forKey: .content))
        case .strong: self = .strong(try c.decode([Inline].self, forKey: .content))
        case .link: self = .link(text: try c.decode([Inline].self, forKey: .content), url: try c.decode(String.self, forKey: .url))
        case .lineBreak: self = .lineBreak
        }
    }

    public func encode(to encoder: Encoder) throws {
        if case .text(let text) = self {
            var c = encoder.singleValueContainer()
            try c.encode(text)
            return
        }
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .text: break
        case .code(let text):
            try c.encode(Kind.code, forKey: .kind)
            try c.encode(text, forKey: .text)
        case .emphasis(let children):
            try c.encode(Kind.emphasis, forKey: .kind)
            try c.encode(children, forKey: .content)
        case .strong(let children):
            try c.encode(Kind.strong, forKey: .kind)
            try c.encode(children, forKey: .content)
        case .link(let children, let url):
            try c.encode(Kind.link, forKey: .kind)
            try c.encode(children, forKey: .content)
            try c.encode(url, forKey: .url)
        case .lineBreak:
            try c.encode(Kind.lineBreak, forKey: .kind)
        }
    }
}
