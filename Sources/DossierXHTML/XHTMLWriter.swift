import DossierCore

/// Where a piece of text in the book came from, so that what escaping removed can be reported
/// against the article and paragraph that held it.
package struct TextOrigin: Hashable, Comparable {
    package var article: String?
    package var paragraph: String?

    package init(article: String? = nil, paragraph: String? = nil) {
        self.article = article
        self.paragraph = paragraph
    }

    package static func < (lhs: TextOrigin, rhs: TextOrigin) -> Bool {
        (lhs.article ?? "", lhs.paragraph ?? "") < (rhs.article ?? "", rhs.paragraph ?? "")
    }
}

/// An XML document built as UTF-8 bytes. Markup goes in with `raw`; everything that came from a
/// packet goes in with `text` or as an attribute value, escaped, with the characters XML 1.0 forbids
/// removed and counted per ``TextOrigin``. Shared by the EPUB and HTML formats, and by DOCX for its XML parts.
package struct XHTMLWriter {
    /// XML (the book, the Word parts) or an HTML page, whose parser rejects a few characters XML accepts.
    package enum Dialect {
        case xml, html
    }

    private let dialect: Dialect
    package private(set) var bytes: [UInt8] = []
    /// The origin of the text written next; renderers set it before each block or item.
    package var origin = TextOrigin()
    package private(set) var removedCharacters: [TextOrigin: Int] = [:]
    /// Things the book could not show as the packet has them (a dropped link, an unmarked quote).
    package private(set) var notes: [Diagnostic] = []

    package init(dialect: Dialect = .xml) {
        self.dialect = dialect
    }

    package var count: Int { bytes.count }

    package mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    package mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    package mutating func text(_ text: String) {
        escape(text, inAttribute: false)
    }

    /// `<tag a="v">`; attributes whose value is nil are left out.
    package mutating func start(_ tag: String, _ attributes: [(String, String?)] = []) {
        raw("<" + tag)
        self.attributes(attributes)
        raw(">")
    }

    /// `<tag a="v"/>`.
    package mutating func empty(_ tag: String, _ attributes: [(String, String?)] = []) {
        raw("<" + tag)
        self.attributes(attributes)
        raw("/>")
    }

    /// ` a="v"` for each attribute whose value is not nil.
    package mutating func attributes(_ attributes: [(String, String?)]) {
        for case let (name, value?) in attributes {
            raw(" \(name)=\"")
            escape(value, inAttribute: true)
            raw("\"")
        }
    }

    package mutating func end(_ tag: String) {
        raw("</\(tag)>")
    }

    /// `<tag a="v">text</tag>`.
    package mutating func element(_ tag: String, _ attributes: [(String, String?)] = [], text: String) {
        start(tag, attributes)
        self.text(text)
        end(tag)
    }

    /// An element on a line of its own, so the files read well in a diff.
    package mutating func elementLine(_ tag: String, _ attributes: [(String, String?)] = [], text: String) {
        element(tag, attributes, text: text)
        raw("\n")
    }

    /// Closes the `<body>` and `<html>` that the document's head opened.
    package mutating func endDocument() {
        raw("</body>\n</html>\n")
    }

    package mutating func report(_ note: Diagnostic) {
        notes.append(note)
    }

    /// Appends what `other` wrote, with its notes and removed characters.
    package mutating func append(contentsOf other: XHTMLWriter) {
        bytes += other.bytes
        notes += other.notes
        for (origin, count) in other.removedCharacters { removedCharacters[origin, default: 0] += count }
    }

    /// Removes and returns everything written from `offset` on (used to move a block to the next part).
    package mutating func cut(from offset: Int) -> [UInt8] {
        let tail = Array(bytes[offset...])
        bytes.removeSubrange(offset...)
        return tail
    }

    /// Escapes byte by byte: every character that matters to XML is ASCII, and U+FFFE/U+FFFF are the
    /// only forbidden characters outside it (`EF BF BE`, `EF BF BF`).
    private mutating func escape(_ text: String, inAttribute: Bool) {
        var text = text
        var removed = 0
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            func flush(upTo end: Int) {
                if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
            }
            while index < utf8.count {
                let byte = utf8[index]
                var width = 1
                let replacement: String?
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where inAttribute: replacement = "&quot;"
                // Kept as references: a raw CR would be normalised away, and a raw tab or line feed
                // in an attribute value would become a space. HTML forbids the CR reference, and its
                // parser turns a raw CR into a line feed anyway.
                case 0x0D: replacement = dialect == .xml ? "&#13;" : "\n"
                case 0x09 where inAttribute: replacement = "&#9;"
                case 0x0A where inAttribute: replacement = "&#10;"
                case 0x09, 0x0A: replacement = nil
                case 0x00...0x1F, 0x7F: replacement = ""
                case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                    replacement = ""
                    width = 3
                // C1 controls and U+FDD0–U+FDEF are parse errors in HTML.
                case 0xC2 where dialect == .html && index + 1 < utf8.count && (0x80...0x9F).contains(utf8[index + 1]):
                    replacement = ""
                    width = 2
                case 0xEF where dialect == .html && index + 2 < utf8.count && utf8[index + 1] == 0xB7 && (0x90...0xAF).contains(utf8[index + 2]):
                    replacement = ""
                    width = 3
                default: replacement = nil
                }
                if let replacement {
                    flush(upTo: index)
                    if replacement.isEmpty { removed += 1 } else { bytes.append(contentsOf: replacement.utf8) }
                    runStart = index + width
                }
                index += width
            }
            flush(upTo: utf8.count)
        }
        if removed > 0 { removedCharacters[origin, default: 0] += removed }
    }
}
