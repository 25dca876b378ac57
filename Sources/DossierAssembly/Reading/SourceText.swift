import DossierCore
import Foundation

/// The text of one article file, decoded strictly and normalised (BOM, CRLF, control characters).
struct SourceText {
    var text: String
    var diagnostics: [Diagnostic]

    static func load(path: String) throws(AssemblyError) -> SourceText {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedFailureReason ?? "permission denied or not a file")
        }
        return try decode(data, path: path)
    }

    static func decode(_ data: Data, path: String) throws(AssemblyError) -> SourceText {
        // UTF-16 is full of NUL bytes; its byte order mark tells it from a binary file.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { throw .utf16(path: path) }
        if data.contains(0) { throw .binaryFile(path: path) }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidUTF8(path: path, offset: firstInvalidUTF8Offset(in: data))
        }
        return try normalize(text, path: path)
    }

    /// Text already decoded, normalised as a file's would be: byte order mark, CR and CRLF line ends,
    /// control characters (removed and reported).
    static func normalize(_ decoded: String, path: String) throws(AssemblyError) -> SourceText {
        var text = decoded.hasPrefix("\u{FEFF}") ? String(decoded.dropFirst()) : decoded
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        var diagnostics: [Diagnostic] = []
        let (clean, removed) = ControlCharacters.strip(text)
        if removed > 0 {
            diagnostics.append(Diagnostic(.warning, code: "control-characters",
                                          "removed \(removed) control character\(removed == 1 ? "" : "s") that documents cannot hold",
                                          file: path))
        }
        guard clean.contains(where: { !$0.isWhitespace }) else { throw .emptyArticle(path: path) }
        return SourceText(text: clean, diagnostics: diagnostics)
    }

    private static func firstInvalidUTF8Offset(in data: Data) -> Int {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let lead = bytes[offset]
            let length: Int
            switch lead {
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
        return offset
    }
}
