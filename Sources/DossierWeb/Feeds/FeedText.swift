import Foundation

extension HTMLText {
    /// Text made safe to read as HTML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Plain text as HTML paragraphs, one per blank-line-separated block.
    static func paragraphs(_ text: String) -> String {
        text.replacingLineEnds.components(separatedBy: "\n\n").map { "<p>\(escape($0))</p>" }.joined()
    }

    /// The text of a title that may hold markup or entities (`Tom &amp; Jerry`, `<b>Breaking</b>`).
    static func stripTags(_ text: String) -> String {
        guard text.contains("<") || text.contains("&"), let parsed = LibXML.parseHTML(Array(text.utf8), encoding: "UTF-8") else { return text }
        return parsed.tree.innerText(of: parsed.tree.root)
    }
}

private extension String {
    var replacingLineEnds: String { replacingOccurrences(of: "\r\n", with: "\n") }
}

extension NodeTree {
    /// The children of `node` written back as markup (Atom's `xhtml` content), text escaped.
    func markup(ofChildren node: ID) -> String {
        var result = ""
        var stack: [(ID, Bool)] = children(of: node).reversed().map { ($0, false) }
        while let (current, closing) = stack.popLast() {
            if !isElement(current) {
                result += HTMLText.escape(text(of: current))
                continue
            }
            let elementName = name(of: current).split(separator: ":").last.map(String.init) ?? name(of: current)
            if closing {
                result += "</\(elementName)>"
                continue
            }
            result += "<\(elementName)"
            for attribute in attributes(of: current) where ["href", "class", "id", "src", "alt"].contains(attribute.name) {
                result += " \(attribute.name)=\"\(HTMLText.escape(attribute.value).replacingOccurrences(of: "\"", with: "&quot;"))\""
            }
            result += ">"
            stack.append((current, true))
            stack.append(contentsOf: children(of: current).reversed().map { ($0, false) })
        }
        return result
    }
}
