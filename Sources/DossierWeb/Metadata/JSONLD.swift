import Foundation

/// The schema.org article described in a page's `application/ld+json` script: headline, author,
/// description, publisher and publication date.
struct JSONLD {
    var title: String?
    var titleKey = "name"
    var author: String?
    var description: String?
    var publisher: String?
    var datePublished: String?

    static func article(in tree: NodeTree, elements: [NodeTree.ID], documentTitle: String?) -> JSONLD {
        for script in elements where tree.tag(of: script) == .script && tree.attribute("type", of: script)?.lowercased() == "application/ld+json" {
            var text = tree.textContent(of: script).trimmingWhiteSpace
            if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9)) }
            if text.hasSuffix("]]>") { text = String(text.dropLast(3)) }
            guard let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { continue }
            var object: [String: Any]?
            if let array = parsed as? [Any] {
                object = array.compactMap { $0 as? [String: Any] }.first { isArticleType($0["@type"]) }
            } else {
                object = parsed as? [String: Any]
            }
            guard var found = object, isSchemaOrg(found["@context"]) else { continue }
            if found["@type"] == nil, let graph = found["@graph"] as? [Any] {
                guard let inGraph = graph.compactMap({ $0 as? [String: Any] }).first(where: { isArticleType($0["@type"]) }) else { continue }
                found = inGraph
            }
            guard isArticleType(found["@type"]) else { continue }
            return JSONLD(found, documentTitle: documentTitle)
        }
        return JSONLD()
    }

    init() {}

    private init(_ object: [String: Any], documentTitle: String?) {
        let name = (object["name"] as? String)?.trimmingWhiteSpace
        let headline = (object["headline"] as? String)?.trimmingWhiteSpace
        if let name, let headline, name != headline {
            // Some sites put their own name in "name": take the one that matches the page's title.
            let title = documentTitle ?? ""
            let headlineMatches = Workspace.textSimilarity(headline, title) > 0.75
            let nameMatches = Workspace.textSimilarity(name, title) > 0.75
            (self.title, titleKey) = headlineMatches && !nameMatches ? (headline, "headline") : (name, "name")
        } else if let name {
            self.title = name
        } else if let headline {
            (self.title, titleKey) = (headline, "headline")
        }
        if let author = object["author"] as? [String: Any], let authorName = author["name"] as? String {
            self.author = authorName.trimmingWhiteSpace
        } else if let authors = object["author"] as? [Any], let first = authors.first as? [String: Any], first["name"] is String {
            self.author = authors.compactMap { ($0 as? [String: Any])?["name"] as? String }.map(\.trimmingWhiteSpace).joined(separator: ", ")
        }
        description = (object["description"] as? String)?.trimmingWhiteSpace
        publisher = ((object["publisher"] as? [String: Any])?["name"] as? String)?.trimmingWhiteSpace
        datePublished = (object["datePublished"] as? String)?.trimmingWhiteSpace
    }

    private static func isSchemaOrg(_ context: Any?) -> Bool {
        let matches: (String) -> Bool = { value in
            ["http://schema.org", "https://schema.org", "http://schema.org/", "https://schema.org/"].contains(value)
        }
        if let context = context as? String { return matches(context) }
        if let context = context as? [String: Any], let vocab = context["@vocab"] as? String { return matches(vocab) }
        return false
    }

    static let articleTypes = [
        "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle",
        "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle", "ScholarlyArticle",
        "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting",
        "TechArticle",
    ]

    static func isArticleType(_ type: Any?) -> Bool {
        let text: String
        if let single = type as? String { text = single } else if let many = type as? [Any] { text = many.compactMap { $0 as? String }.joined(separator: ",") } else { return false }
        return text.hasPrefix("Article") || text.hasSuffix("APIReference") || articleTypes.contains { text.contains($0) }
    }
}
