import Foundation
import DossierCore

/// What a page's class and id names say about a block, matched as lowercase substrings (the words sites
/// use for their templates: "article-body", "comment-list", "share-tools").
enum ClassHints {
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "consent",
    ]
    static let maybeCandidate = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story",
    ]
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget",
    ]
    static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    static func matches(_ hint: String, any words: [String]) -> Bool {
        let bytes = Array(hint.utf8)
        return words.contains { contains(bytes, $0) }
    }

    /// A byte search: Foundation's `contains` bridges to NSString, and this runs for every element.
    private static func contains(_ haystack: [UInt8], _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == needle[0] {
                var index = 1
                while index < needle.count && haystack[start + index] == needle[index] { index += 1 }
                if index == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    static func isNegative(_ value: String) -> Bool {
        let lower = value.lowercased()
        if matches(lower, any: negative) { return true }
        return lower.split(separator: " ").contains("hid")
    }

    static func isPositive(_ value: String) -> Bool { matches(value.lowercased(), any: positive) }

    /// Is `word` a whole word of the hint ("share" in "share-tools", not in "shareholder")?
    static func hasWord(_ hint: String, _ word: String) -> Bool {
        var search = hint[...]
        while let range = search.range(of: word) {
            let before = range.lowerBound == hint.startIndex ? nil : hint[hint.index(before: range.lowerBound)]
            let after = range.upperBound == hint.endIndex ? nil : hint[range.upperBound]
            let isEdge: (Character?) -> Bool = { $0 == nil || !($0!.isLetter || $0!.isNumber) || $0 == "_" }
            if isEdge(before) && isEdge(after) { return true }
            search = hint[range.upperBound...]
        }
        return false
    }

    /// The reason a removed block is listed under, from its element and class/id words.
    static func reason(tag: Tag, hint: String, role: String?) -> BoilerplateRule {
        if tag == .nav || role == "navigation" || role == "menu" || role == "menubar"
            || matches(hint, any: ["menu", "breadcrumbs", "pagination", "pager", "nav"]) { return .navigation }
        if matches(hint, any: ["cookie", "consent", "gdpr", "agegate"]) { return .cookieBanner }
        if matches(hint, any: ["comment", "disqus", "replies", "remark", "community", "shoutbox"]) { return .comments }
        if matches(hint, any: ["related", "outbrain", "supplemental", "more-stories"]) { return .relatedStory }
        if matches(hint, any: ["share", "social", "rss"]) { return .shareLine }
        if matches(hint, any: ["-ad-", "ad-break", "sponsor", "skyscraper", "promo", "banner"]) || hasWord(hint, "ad") { return .advertisement }
        return .pageChrome
    }
}
