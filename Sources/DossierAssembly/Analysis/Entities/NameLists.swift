import CTaggerModel

/// The name lists compiled into the binary by `scripts/generate-names` (GeoNames cities of over 15,000
/// people and the US states, the US Census given names and surnames), read once.
enum NameLists {
    static let cities: Set<String> = names(of: ["city", "state"])
    static let givenNames: Set<String> = names(of: ["given"])
    static let surnames: Set<String> = names(of: ["surname"])

    private static let lines: [(kind: Substring, name: Substring)] = {
        var length: UInt = 0
        let start = dossier_name_lists(&length)!
        let text = String(decoding: UnsafeRawBufferPointer(start: start, count: Int(length)), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            return (line[..<tab], line[line.index(after: tab)...])
        }
    }()

    private static func names(of kinds: Set<Substring>) -> Set<String> {
        Set(lines.lazy.filter { kinds.contains($0.kind) }.map { String($0.name) })
    }
}
