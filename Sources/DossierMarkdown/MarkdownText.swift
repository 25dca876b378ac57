import DossierCore

/// Turns text from articles into Markdown that shows exactly that text, never markup.
///
/// The escaping is chosen to hold on CommonMark, GitHub and GitLab (GFM), Obsidian and MkDocs
/// (Python-Markdown):
/// - `<`, `>` and `&` become the entities `&lt;`, `&gt;`, `&amp;`. Every renderer decodes these to
///   the character, while a backslash before `<` is no escape in Python-Markdown (raw HTML would pass).
///   `&` is written as `&amp;` so that `&copy;` in an article stays six characters.
/// - ASCII punctuation that can open inline markup anywhere is backslash-escaped:
///   `` \ ` * _ [ ] # | ! ~ $ `` (`#` everywhere because a heading's closing `#`s are stripped,
///   `|` because it splits table cells, `$` because GitHub reads `$…$` as math).
/// - At the start of the text, which may be the start of a line or list item: `-`, `+`, `=` and the
///   `.` or `)` of `1.` / `1)` are escaped so they cannot start a list, rule or setext underline.
/// - Line breaks and tabs fold to single spaces: every piece of text in the brief is one line, which
///   also keeps a text from leaving its list item or table row.
enum MarkdownText {
    /// Characters that could open inline markup wherever they stand.
    private static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "#", "|", "!", "~", "$"]
    /// Characters that start a block (list item, thematic break, setext underline) at the start of a line.
    private static let blockStarters: Set<Unicode.Scalar> = ["-", "+", "="]
    /// White space that would end a line or indent it; folded to one space.
    private static let lineWhitespace: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    /// The text on one line, without the control characters no document can hold, and how many were removed.
    static func clean(_ text: String) -> (text: String, removed: Int) {
        let (stripped, removed) = ControlCharacters.strip(text)
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in stripped.unicodeScalars {
            if lineWhitespace.contains(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        return (String(scalars), removed)
    }

    /// `text` (already ``clean(_:)``ed) written so that a Markdown renderer shows it unchanged.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        let orderedMarker = orderedListMarkerIndex(scalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            default:
                let startsBlock = index == 0 && blockStarters.contains(scalar)
                if alwaysEscaped.contains(scalar) || startsBlock || index == orderedMarker {
                    output += "\\"
                }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The index of the `.` or `)` in a leading `1.` / `1)` (up to nine digits, as CommonMark allows).
    private static func orderedListMarkerIndex(_ scalars: [Unicode.Scalar]) -> Int? {
        let digits = scalars.prefix { ("0"..."9").contains($0) }.count
        guard (1...9).contains(digits), digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" else { return nil }
        return digits
    }

    /// `url` ready for a `[text](url)` destination, or nil unless it is an `http` or `https` URL.
    ///
    /// Bytes outside the URL character set (space, parentheses, angle brackets, quotes, backslash,
    /// non-ASCII) are percent-encoded; a `&` that would read as an entity (`&copy;`) is backslash-escaped.
    static func linkDestination(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        var output = ""
        let bytes = Array(url.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "&"), startsEntity(bytes[(index + 1)...]) {
                output += "\\&"
            } else if urlSafe.contains(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + hex(byte)
            }
        }
        return output
    }

    /// The ID as a footnote label: footnote labels cannot hold spaces or brackets.
    static func footnoteLabel(_ id: String) -> String {
        String(id.unicodeScalars.map { labelSafe.contains($0) ? Character($0) : "-" })
    }

    private static let urlSafe: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'*+,;=%".utf8)
    )
    private static let labelSafe: Set<Unicode.Scalar> = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._".unicodeScalars
    )

    /// True when the bytes after a `&` form `name;` or `#123;`, which CommonMark decodes.
    private static func startsEntity(_ rest: ArraySlice<UInt8>) -> Bool {
        let name = rest.prefix { byte in
            byte == UInt8(ascii: "#") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }
        return !name.isEmpty && rest.dropFirst(name.count).first == UInt8(ascii: ";")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
