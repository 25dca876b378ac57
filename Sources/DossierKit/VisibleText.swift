import Foundation

/// Text from another program made safe to print: invalid UTF-8 replaced, control characters and
/// terminal escape sequences shown as `\x1B`-style codes instead of acting on the terminal.
enum VisibleText {
    /// One line: every control character, newlines included, made visible.
    static func line(_ text: String) -> String {
        visible(text, keeping: [])
    }

    /// Several lines: tabs and newlines kept, every other control character made visible.
    static func lines(_ data: Data) -> String {
        visible(String(decoding: data, as: UTF8.self), keeping: ["\n", "\t"])
    }

    private static func visible(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let control = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format
            if control, !kept.contains(scalar) {
                out.append(contentsOf: (scalar.value <= 0xFF ? String(format: "\\x%02X", scalar.value)
                    : String(format: "\\u{%04X}", scalar.value)).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
