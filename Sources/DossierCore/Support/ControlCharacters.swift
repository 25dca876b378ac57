/// Characters that XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF) and that
/// make spreadsheets and e-books unreadable. Assembly removes them on reading and reports it;
/// exporters strip them again for packets that come from elsewhere.
public enum ControlCharacters {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// The text without forbidden characters, and how many were removed.
    public static func strip(_ text: String) -> (text: String, removed: Int) {
        guard text.unicodeScalars.contains(where: isForbidden) else { return (text, 0) }
        var scalars = String.UnicodeScalarView()
        var removed = 0
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { removed += 1 } else { scalars.append(scalar) }
        }
        return (String(scalars), removed)
    }
}
