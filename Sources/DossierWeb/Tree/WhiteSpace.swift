/// White space as HTML collapses it: runs of spaces, tabs and line ends read as one space.
enum WhiteSpace {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
    }

    static func collapse(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func collapsedLength(_ text: String) -> Int {
        var length = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = length > 0
            } else {
                if pendingSpace { length += 1 }
                pendingSpace = false
                length += 1
            }
        }
        return length
    }

    static func isBlank(_ text: String) -> Bool { !text.unicodeScalars.contains { !isSpace($0) } }
}
