import Foundation

/// Tells pages and feeds from other files by their first bytes, as browsers sniff content.
enum ContentSniffer {
    static func kind(of bytes: [UInt8]) -> WebReader.Kind? {
        let head = asciiHead(bytes)
        if head.hasPrefix("{") { return head.contains("jsonfeed.org/version") ? .feed : nil }
        guard head.hasPrefix("<") else { return nil }
        if let root = rootElement(head) {
            if ["rss", "rdf:rdf", "feed"].contains(root) { return .feed }
            if ["html", "head", "body", "div", "p", "meta", "title", "article", "section", "main", "link", "script", "style", "table", "h1", "h2"].contains(root) { return .page }
        }
        return head.contains("<html") || head.contains("<body") ? .page : nil
    }

    static func isJSON(_ bytes: [UInt8]) -> Bool { asciiHead(bytes).hasPrefix("{") }

    /// NUL bytes near the start, in a file without a UTF-16 byte order mark: not text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.prefix(8192).contains(0)
    }

    /// The first 2 KB lowercased, without BOM or leading white space; UTF-16 read as its low bytes.
    private static func asciiHead(_ bytes: [UInt8]) -> String {
        var start = bytes[...]
        var stride = 1
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        if start.starts(with: [0xFF, 0xFE]) { start = start.dropFirst(2); stride = 2 }
        if start.starts(with: [0xFE, 0xFF]) { start = start.dropFirst(3); stride = 2 }
        var ascii: [UInt8] = []
        var index = start.startIndex
        while index < start.endIndex && ascii.count < 2048 {
            let byte = start[index]
            ascii.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            index += stride
        }
        let text = String(decoding: ascii, as: UTF8.self)
        return String(text.drop { $0.isWhitespace })
    }

    /// The name of the first element, past the XML declaration, comments and a doctype.
    private static func rootElement(_ head: String) -> String? {
        var rest = Substring(head)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("<!doctype html") { return "html" }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                let closer = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let end = rest.range(of: closer) else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            guard rest.hasPrefix("<") else { return nil }
            let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return name.isEmpty ? nil : String(name)
        }
    }
}
