import Foundation

/// The bytes of a JSON document on their way out, gathered in a fixed-size buffer that is handed to
/// `drain` whenever it fills: a document of any size needs only this buffer.
final class JSONOutput {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private let drain: (UnsafeBufferPointer<UInt8>) throws -> Void

    init(capacity: Int = 64 * 1024, drain: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        buffer = .allocate(capacity: capacity)
        self.drain = drain
    }

    deinit { buffer.deallocate() }

    func flush() throws {
        guard count > 0 else { return }
        try drain(UnsafeBufferPointer(rebasing: buffer[..<count]))
        count = 0
    }

    func write(_ byte: UInt8) throws {
        if count == buffer.count { try flush() }
        buffer[count] = byte
        count += 1
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard var source = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            if count == buffer.count { try flush() }
            let chunk = min(remaining, buffer.count - count)
            (buffer.baseAddress! + count).update(from: source, count: chunk)
            count += chunk
            source += chunk
            remaining -= chunk
        }
    }

    func write(_ text: StaticString) throws {
        try write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Text that needs no escaping, such as a number.
    func write(raw text: String) throws {
        var text = text
        try text.withUTF8 { try write($0) }
    }

    /// Two spaces per level, as `JSONEncoder`'s pretty printing indents.
    func writeIndent(_ level: Int) throws {
        for _ in 0..<level { try write("  ") }
    }

    /// A JSON string as `JSONEncoder` writes it with `.withoutEscapingSlashes`: quote, backslash and
    /// C0 controls escaped (short forms where JSON has them), everything else as UTF-8.
    func write(quoted text: String) throws {
        try write(UInt8(ascii: "\""))
        var text = text
        try text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices where utf8[index] < 0x20 || utf8[index] == UInt8(ascii: "\"") || utf8[index] == UInt8(ascii: "\\") {
                try write(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                try writeEscape(utf8[index])
                start = index + 1
            }
            try write(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        try write(UInt8(ascii: "\""))
    }

    private func writeEscape(_ byte: UInt8) throws {
        switch byte {
        case UInt8(ascii: "\""): try write("\\\"")
        case UInt8(ascii: "\\"): try write("\\\\")
        case 0x08: try write("\\b")
        case 0x0C: try write("\\f")
        case 0x0A: try write("\\n")
        case 0x0D: try write("\\r")
        case 0x09: try write("\\t")
        default:
            let hex: StaticString = "0123456789abcdef"
            try write("\\u00")
            try write(hex.utf8Start[Int(byte >> 4)])
            try write(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}

extension JSONOutput {
    /// Streams a document into `file`, created or truncated; a failure names the file and the reason.
    static func writing(to file: URL, _ body: (JSONOutput) throws -> Void) throws {
        let descriptor = try checked(open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666), file)
        do {
            let output = JSONOutput { bytes in
                var rest = bytes[...]
                while !rest.isEmpty {
                    let written = writeBytes(descriptor, UnsafeBufferPointer(rebasing: rest))
                    if written < 0, errno == EINTR { continue }
                    rest = rest.dropFirst(try checked(written, file))
                }
            }
            try body(output)
            try output.flush()
        } catch {
            close(descriptor)
            throw error
        }
        _ = try checked(close(descriptor), file)
    }

    /// The whole document in memory, for callers that want `Data`.
    static func collecting(_ body: (JSONOutput) throws -> Void) throws -> Data {
        var data = Data()
        let output = JSONOutput { data.append($0) }
        try body(output)
        try output.flush()
        return data
    }

    /// Every POSIX result of the file sink is checked here: a negative one becomes an error naming the
    /// file and `errno`'s reason.
    private static func checked<Result: BinaryInteger>(_ result: Result, _ file: URL) throws -> Result {
        guard result >= 0 else {
            throw DossierCoreError.cannotWrite(path: file.path, reason: String(cString: strerror(errno)))
        }
        return result
    }
}

/// POSIX `write`, out of reach of `JSONOutput.write`'s name.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    write(descriptor, bytes.baseAddress, bytes.count)
}
