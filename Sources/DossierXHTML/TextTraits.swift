/// Questions the renderers ask about text from a packet before deciding how to show it.
package enum TextTraits {
    /// Whether `url` can be a link: http or https and nothing an href could not carry unescaped.
    /// Anything else (`javascript:`, spaces, non-ASCII) is shown as text.
    package static func isLinkable(_ url: String) -> Bool {
        let lowercased = url.lowercased()
        guard let scheme = ["http://", "https://"].first(where: lowercased.hasPrefix),
              url.utf8.count > scheme.utf8.count else { return false }
        return url.unicodeScalars.allSatisfy { scalar in
            (0x21...0x7E).contains(scalar.value) && !"\"<>\\^`{|}".unicodeScalars.contains(scalar)
        }
    }

    /// Whether text holds right-to-left script, so its block gets `dir="auto"`.
    package static func hasRightToLeft(_ text: String) -> Bool {
        // The ranges below start with the UTF-8 lead bytes D6–E0, EF or F0; most text has none of them
        // (curly quotes and dashes start with E2), so one pass over bytes settles it.
        guard text.utf8.contains(where: { (0xD6...0xE0).contains($0) || $0 == 0xEF || $0 == 0xF0 }) else { return false }
        return text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
            default: false
            }
        }
    }
}
