/// OOXML stores a character that XML cannot hold as `_xHHHH_` (libxlsxwriter writes a carriage return
/// as `_x000D_`), so readers decode every `_xHHHH_` they find. A literal `_xHHHH_` in the text must
/// therefore have its underscore stored as `_x005F_` to read back unchanged.
enum StoredText {
    static func encode(_ text: String) -> String {
        guard mayHoldEscape(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", startsEscape(scalars, at: index) {
                result.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A byte scan for `_x`: far cheaper than searching characters, and nearly all text fails it.
    private static func mayHoldEscape(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }

    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
