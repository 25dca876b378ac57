import Foundation

/// What a page says about itself, each field with where it was found ("JSON-LD headline", "og:title",
/// "<title>"), read in order of trust: JSON-LD, then meta tags (Dublin Core, OpenGraph, `article:*`,
/// plain names), then the document's `<title>` without its site suffix.
struct PageMetadata: Equatable {
    struct Field: Equatable {
        var value: String
        var source: String
    }

    var title: Field?
    var byline: Field?
    var published: Field?
    var siteName: Field?
    var canonicalURL: Field?
    var language: Field?
    var excerpt: Field?

    static func read(_ tree: NodeTree) -> PageMetadata {
        var metadata = PageMetadata()
        let elements = tree.descendants(of: tree.root).filter(tree.isElement)
        let documentTitle = DocumentTitle(tree: tree, elements: elements)
        let jsonLD = JSONLD.article(in: tree, elements: elements, documentTitle: documentTitle.cleaned)
        let meta = MetaValues(tree: tree, elements: elements)

        metadata.title = jsonLD.title.map { Field(value: $0, source: "JSON-LD \(jsonLD.titleKey)") }
            ?? meta.first(["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"])
            ?? documentTitle.cleaned.map { Field(value: $0, source: "<title>") }
        metadata.byline = jsonLD.author.map { Field(value: $0, source: "JSON-LD author") }
            ?? meta.first(["dc:creator", "dcterm:creator", "author", "parsely-author"])
            ?? meta.first(["article:author"]).flatMap { isURL($0.value) ? nil : $0 }
        metadata.published = jsonLD.datePublished.map { Field(value: $0, source: "JSON-LD datePublished") }
            ?? meta.first(["article:published_time", "parsely-pub-date", "dc:date", "dcterm:date", "dc:date:issued", "date", "pubdate", "og:published_time"])
            ?? visibleDate(in: tree, elements: elements)
        metadata.siteName = jsonLD.publisher.map { Field(value: $0, source: "JSON-LD publisher") } ?? meta.first(["og:site_name"])
        metadata.excerpt = jsonLD.description.map { Field(value: $0, source: "JSON-LD description") }
            ?? meta.first(["dc:description", "dcterm:description", "og:description", "description", "twitter:description"])
        metadata.canonicalURL = canonical(in: tree, elements: elements) ?? meta.first(["og:url"])
        metadata.language = elements.first { tree.tag(of: $0) == .html }
            .flatMap { tree.attribute("lang", of: $0) }.flatMap { $0.trimmingWhiteSpace.isEmpty ? nil : Field(value: $0.trimmingWhiteSpace, source: "<html lang>") }
            ?? meta.first(["og:locale"]).map { Field(value: $0.value.replacingOccurrences(of: "_", with: "-"), source: $0.source) }
        return metadata
    }

    private static func isURL(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("//")
    }

    private static func canonical(in tree: NodeTree, elements: [NodeTree.ID]) -> Field? {
        for element in elements where tree.tag(of: element) == .link {
            let rel = (tree.attribute("rel", of: element) ?? "").lowercased().split(separator: " ")
            if rel.contains("canonical"), let href = tree.attribute("href", of: element)?.trimmingWhiteSpace, isURL(href) {
                return Field(value: href, source: "<link rel=canonical>")
            }
        }
        return nil
    }

    /// A `<time datetime>` marked as the publication date, or the first one on the page.
    private static func visibleDate(in tree: NodeTree, elements: [NodeTree.ID]) -> Field? {
        let times = elements.filter { tree.tag(of: $0) == .time && tree.attribute("datetime", of: $0) != nil }
        let marked = times.first { (tree.attribute("itemprop", of: $0) ?? "").contains("datePublished") || tree.attribute("pubdate", of: $0) != nil }
        guard let time = marked ?? times.first, let value = tree.attribute("datetime", of: time), WebDate.day(value) != nil else { return nil }
        return Field(value: value, source: "<time datetime> on the page")
    }
}

/// The meta tags' values by normalised key (`og:title`, `dc:creator`, `author`), later tags winning, as
/// Readability reads them.
struct MetaValues {
    private var values: [String: String] = [:]
    static let prefixes: Set<String> = ["article", "dc", "dcterm", "og", "twitter"]
    static let properties: Set<String> = ["author", "creator", "description", "published_time", "title", "site_name"]
    static let names: Set<String> = ["author", "creator", "pub-date", "description", "title", "site_name", "date", "pubdate", "url", "locale", "issued"]

    init(tree: NodeTree, elements: [NodeTree.ID]) {
        for element in elements where tree.tag(of: element) == .meta {
            guard let content = tree.attribute("content", of: element)?.trimmingWhiteSpace, !content.isEmpty else { continue }
            var matched = false
            if let property = tree.attribute("property", of: element) {
                for token in property.lowercased().split(whereSeparator: \.isWhitespace) {
                    let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
                    if parts.count == 2, Self.prefixes.contains(parts[0]), Self.properties.contains(parts[1]) || parts[1] == "url" || parts[1] == "locale" {
                        values[String(token)] = HTMLText.unescape(content)
                        matched = true
                        break
                    }
                }
            }
            if !matched, let name = tree.attribute("name", of: element) {
                let key = name.lowercased().filter { !$0.isWhitespace }.replacingOccurrences(of: ".", with: ":")
                let last = key.split { $0 == ":" || $0 == "-" }.last.map(String.init) ?? key
                if Self.names.contains(last) { values[key] = HTMLText.unescape(content) }
            }
        }
    }

    func first(_ keys: [String]) -> PageMetadata.Field? {
        for key in keys {
            if let value = values[key], !value.isEmpty { return PageMetadata.Field(value: value, source: "meta \(key)") }
        }
        return nil
    }
}

/// Meta values often carry entities escaped twice (`&amp;quot;`): the common ones, once more.
enum HTMLText {
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[amp...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = after[after.index(after: amp)..<semicolon]
            if let replacement = character(for: entity) {
                result += replacement
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return result + rest
    }

    private static func character(for entity: Substring) -> String? {
        switch entity {
        case "quot": return "\""
        case "amp": return "&"
        case "apos": return "'"
        case "lt": return "<"
        case "gt": return ">"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
