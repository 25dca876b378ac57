/// Reads the UTF-8 bytes of a String by scalar, for the scans that run over every line and unit: going
/// through `unicodeScalars` decodes the same bytes with more checks, and a String's bytes are valid UTF-8.
enum UTF8Scalars {
    /// The scalar that starts at byte `index` of valid UTF-8, and its width in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let second = UInt32(bytes[index + 1] & 0x3F)
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | second, 2) }
        let third = UInt32(bytes[index + 2] & 0x3F)
        if lead < 0xF0 { return (UInt32(lead & 0x0F) << 12 | second << 6 | third, 3) }
        return (UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Calls `body` with the text's UTF-8 bytes, in place for a native string or substring.
    static func withBytes<T>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(text)
        return copy.withUTF8(body)
    }

    /// Calls `body` with each scalar's value and byte offset while every scalar is a character of its own
    /// (``ScannedText/isOwnCharacter(_:)``); false, and no more calls, at the first that may join its
    /// neighbours. The scans that go by scalar check this as they go.
    @inline(__always)
    static func forEachOwnCharacter(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ value: UInt32, _ offset: Int) -> Void) -> Bool {
        var index = 0
        while index < bytes.count {
            let (value, width) = scalar(in: bytes, at: index)
            guard ScannedText.isOwnCharacter(value) else { return false }
            body(value, index)
            index += width
        }
        return true
    }
}
