/// The `<title>` without the site's name: "Whale strandings | World news | The Guardian" → the part before
/// the last separator (or after the first, when that leaves too few words); "Site: Headline" → the
/// headline unless a heading carries the whole text; a title too short or long → the page's only `<h1>`.
struct DocumentTitle {
    let original: String?
    let cleaned: String?

    static let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
    static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

    init(tree: NodeTree, elements: [NodeTree.ID]) {
        let titleElement = elements.first { tree.tag(of: $0) == .title }
        let original = titleElement.map { tree.textContent(of: $0).trimmingWhiteSpace }
        self.original = original
        guard let original, !original.isEmpty else {
            cleaned = nil
            return
        }
        let headings = elements.filter { [.h1, .h2].contains(tree.tag(of: $0)) }
        let h1s = elements.filter { tree.tag(of: $0) == .h1 }
        cleaned = Self.clean(original, headingTexts: headings.map { tree.textContent(of: $0).trimmingWhiteSpace },
                             onlyH1: h1s.count == 1 ? tree.innerText(of: h1s[0]) : nil)
    }

    static func clean(_ original: String, headingTexts: [String], onlyH1: String?) -> String {
        var title = original
        let chars = Array(original)
        // Positions of " | ", " - ", … separators.
        let separatorPositions = chars.indices.filter { index in
            index > 0 && index + 1 < chars.count && separators.contains(chars[index])
                && chars[index - 1].isWhitespace && chars[index + 1].isWhitespace
        }
        var hadHierarchical = false
        if let last = separatorPositions.last {
            hadHierarchical = separatorPositions.contains { hierarchical.contains(chars[$0]) }
            title = String(chars[..<(last - 1)])
            if wordCount(title) < 3 {
                // Drop the first part instead: everything up to and including the first separator character.
                if let first = chars.firstIndex(where: { separators.contains($0) }) { title = String(chars[(first + 1)...]) }
            }
        } else if original.contains(": ") {
            if !headingTexts.contains(original.trimmingWhiteSpace) {
                let lastColon = chars.lastIndex(of: ":")!
                title = String(chars[(lastColon + 1)...])
                let firstColon = chars.firstIndex(of: ":")!
                if wordCount(title) < 3 {
                    title = String(chars[(firstColon + 1)...])
                } else if wordCount(String(chars[..<firstColon])) > 5 {
                    title = original
                }
            }
        } else if original.count > 150 || original.count < 15, let onlyH1 {
            title = onlyH1
        }
        title = WhiteSpace.collapse(title)
        let words = wordCount(title)
        let withoutSeparators = wordCount(String(chars.enumerated().filter { !separatorPositions.contains($0.offset) }.map(\.element)))
        if words <= 4 && (!hadHierarchical || words != withoutSeparators - 1) { title = original }
        return title
    }

    /// Words as Readability counts them: pieces between runs of white space.
    static func wordCount(_ text: String) -> Int {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace).filter { !$0.isEmpty }.count
            + (text.first?.isWhitespace == true ? 1 : 0) + (text.last?.isWhitespace == true ? 1 : 0)
    }
}
