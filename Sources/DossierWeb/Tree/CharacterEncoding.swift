import Foundation

/// Decides how a page's bytes are encoded, in the order browsers trust: a byte order mark, the caller's
/// `Content-Type` (from HTTP), a `<meta charset>` or `http-equiv` declaration near the top, then the bytes
/// themselves: undeclared bytes that are valid UTF-8 are UTF-8, anything else is windows-1252.
struct CharacterEncoding: Equatable {
    /// The IANA name handed to libxml2.
    var name: String
    var source: Source

    enum Source: String { case byteOrderMark = "byte order mark", contentType = "Content-Type", meta = "meta declaration", detected = "detected" }

    static func detect(_ bytes: [UInt8], contentType: String?) -> CharacterEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .init(name: "UTF-8", source: .byteOrderMark) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .init(name: "UTF-16LE", source: .byteOrderMark) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .init(name: "UTF-16BE", source: .byteOrderMark) }
        if let declared = contentType.flatMap(charset(inContentType:)) { return .init(name: declared, source: .contentType) }
        let isUTF8 = UTF8Check.firstInvalidOffset(in: bytes) == nil
        if let declared = metaCharset(in: bytes.prefix(4096)) {
            // A page saved by a browser is written out as UTF-8 but keeps its old declaration: multi-byte
            // sequences that are all valid UTF-8 do not happen by chance in a legacy encoding.
            let declaredUTF8 = CharacterEncoding(name: declared, source: .meta).isUTF8
            if !declaredUTF8 && isUTF8 && bytes.contains(where: { $0 >= 0x80 }) { return .init(name: "UTF-8", source: .detected) }
            return .init(name: declared, source: .meta)
        }
        return .init(name: isUTF8 ? "UTF-8" : "windows-1252", source: .detected)
    }

    var isUTF8: Bool { name.uppercased() == "UTF-8" || name.uppercased() == "UTF8" }

    /// `text/html; charset="ISO-8859-1"` → `ISO-8859-1`.
    static func charset(inContentType value: String) -> String? {
        guard let range = value.range(of: "charset=", options: .caseInsensitive) else { return nil }
        let rest = value[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { !";\"' ".contains($0) }
        return name.isEmpty ? nil : canonical(String(name))
    }

    /// The prescan browsers do: the first `charset=` inside a `<meta` tag in the first bytes.
    static func metaCharset(in head: ArraySlice<UInt8>) -> String? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var index = lower.startIndex
        let meta = Array("<meta".utf8)
        while let start = find(meta, in: lower, from: index) {
            let end = lower[start...].firstIndex(of: UInt8(ascii: ">")) ?? lower.endIndex
            let tag = String(decoding: lower[start..<end], as: UTF8.self)
            if let found = charset(inContentType: tag) { return found }
            index = end
        }
        return nil
    }

    /// Labels pages use for the same thing, as the WHATWG encoding standard maps them.
    private static func canonical(_ label: String) -> String {
        switch label.lowercased() {
        case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "cp1252": "windows-1252"
        case "utf8", "unicode-1-1-utf-8": "UTF-8"
        default: label
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

enum UTF8Check {
    /// The offset of the first byte that is not part of a valid UTF-8 sequence, nil when all are valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var offset = 0
        while offset < bytes.count {
            let length: Int
            switch bytes[offset] {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return offset
            }
            guard offset + length <= bytes.count,
                  String(validating: bytes[offset..<offset + length], as: UTF8.self) != nil else { return offset }
            offset += length
        }
        return nil
    }

    /// Valid UTF-8 with each bad byte replaced by U+FFFD, and how many were replaced.
    static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], replaced: Int) {
        let text = String(decoding: bytes, as: UTF8.self)
        let replacements = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        var alreadyThere = 0
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD { alreadyThere += 1 }
            index += 1
        }
        return (Array(text.utf8), replacements - alreadyThere)
    }
}
