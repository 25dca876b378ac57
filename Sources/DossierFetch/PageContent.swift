import Foundation

/// What a fetched body is, judged from its `Content-Type` (or, when there is none, its first bytes),
/// and the bytes to cache: text in a declared charset other than UTF-8 is stored as UTF-8 with a BOM,
/// which readers of every kind trust over any declaration inside the page.
struct PageContent: Equatable {
    enum Kind: String, Equatable {
        case html, xhtml, text, markdown, feed, json

        /// The cached file's extension, which tells assembly's reader what the file holds.
        var fileExtension: String {
            switch self {
            case .html: "html"
            case .xhtml: "xhtml"
            case .text: "txt"
            case .markdown: "md"
            case .feed: "xml"
            case .json: "json"
            }
        }
    }

    var kind: Kind
    var body: Data
    /// The declared charset the body was converted from, when it was.
    var transcodedFrom: String?

    init(_ response: FetchedResponse) throws(FetchError) {
        let mediaType = response.contentType.map(Self.mediaType) ?? ""
        if mediaType.isEmpty {
            kind = Self.sniff(response.body)
        } else if let known = Self.kind(ofMediaType: mediaType) {
            kind = known
        } else {
            throw .unsupportedContentType(url: response.requestedURL, contentType: mediaType)
        }
        body = response.body
        if let charset = response.contentType.flatMap(Self.charset), let encoding = Self.encoding(named: charset),
           encoding != .utf8, String(data: response.body, encoding: .utf8) == nil,
           let text = String(data: response.body, encoding: encoding) {
            body = Data("\u{FEFF}\(text)".utf8)
            transcodedFrom = charset
        }
    }

    private static func mediaType(_ contentType: String) -> String {
        contentType.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    private static func charset(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
            }
        }
        return nil
    }

    private static func kind(ofMediaType mediaType: String) -> Kind? {
        switch mediaType {
        case "text/html": .html
        case "application/xhtml+xml": .xhtml
        case "text/plain": .text
        case "text/markdown", "text/x-markdown": .markdown
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml": .feed
        case "application/json", "application/feed+json": .json
        default: nil
        }
    }

    /// A server that names no type: markup, JSON or text, by the first character that is not white space.
    private static func sniff(_ body: Data) -> Kind {
        let head = String(decoding: body.prefix(512), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        if head.hasPrefix("<?xml") || head.hasPrefix("<rss") || head.hasPrefix("<feed") || head.hasPrefix("<rdf") { return .feed }
        if head.hasPrefix("<") { return .html }
        if head.hasPrefix("{") { return .json }
        return .text
    }

    /// The charsets worth converting; WHATWG reads ISO-8859-1 and ASCII labels as windows-1252.
    private static func encoding(named charset: String) -> String.Encoding? {
        switch charset {
        case "utf-8", "utf8": .utf8
        case "iso-8859-1", "latin1", "iso_8859-1", "us-ascii", "ascii", "windows-1252", "cp1252": .windowsCP1252
        case "iso-8859-2", "latin2": .isoLatin2
        case "windows-1250", "cp1250": .windowsCP1250
        case "windows-1251", "cp1251": .windowsCP1251
        case "shift_jis", "shift-jis", "sjis": .shiftJIS
        case "euc-jp": .japaneseEUC
        case "utf-16": .utf16
        case "utf-16le": .utf16LittleEndian
        case "utf-16be": .utf16BigEndian
        default: nil
        }
    }
}
