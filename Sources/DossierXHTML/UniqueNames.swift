import Foundation

/// Hands out ASCII names (file names, XML IDs) that are unique within one scope and the same for the
/// same inputs. Names are compared without case, because an unzipped book may land on a
/// case-insensitive file system.
package struct UniqueNames {
    private var used: Set<String> = []

    package init(reserving reserved: [String] = []) {
        for name in reserved { used.insert(name.lowercased()) }
    }

    /// `wanted` made safe, with `-2`, `-3`, … added when that name is already taken.
    package mutating func claim(_ wanted: String) -> String {
        let base = Self.safe(wanted)
        var name = base
        var suffix = 2
        while !used.insert(name.lowercased()).inserted {
            name = "\(base)-\(suffix)"
            suffix += 1
        }
        return name
    }

    /// ASCII letters, digits, `-` and `_`, starting with a letter: valid as an XML ID, as a file name on
    /// every system and in an href without percent-encoding. Accents are dropped (`été` → `ete`);
    /// anything else becomes one `-`.
    package static func safe(_ text: String) -> String {
        if isSafe(text) { return text }
        var name = ""
        for scalar in text.folding(options: .diacriticInsensitive, locale: nil).unicodeScalars.prefix(80) {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                name.unicodeScalars.append(scalar)
            } else if !name.isEmpty, name.last != "-" {
                name.append("-")
            }
        }
        while name.last == "-" { name.removeLast() }
        return isSafe(name) ? name : "x" + name
    }

    /// The common case, checked on bytes: block IDs such as `a1-p3` are already safe.
    private static func isSafe(_ text: String) -> Bool {
        let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard let first = text.utf8.first, isLetter(first), text.utf8.count <= 80 else { return false }
        return text.utf8.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }
}
