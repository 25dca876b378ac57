import Foundation

/// The items of a JSON Feed (https://jsonfeed.org/version/1.1).
enum JSONFeed {
    static func items(_ bytes: [UInt8], source: String) throws(WebReadingError) -> [FeedReader.Item] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw .unparsable(path: source, reason: "not valid JSON")
        }
        let items = object["items"] as? [[String: Any]] ?? []
        let feedAuthor = author(object)
        return items.map { item in
            let html = (item["content_html"] as? String)
                ?? (item["content_text"] as? String).map(HTMLText.paragraphs)
                ?? (item["summary"] as? String).map(HTMLText.escape)
            return FeedReader.Item(
                title: item["title"] as? String, link: (item["url"] as? String) ?? (item["external_url"] as? String),
                author: author(item) ?? feedAuthor, date: (item["date_published"] as? String) ?? (item["date_modified"] as? String),
                html: html, format: "JSON Feed")
        }
    }

    private static func author(_ object: [String: Any]) -> String? {
        if let authors = object["authors"] as? [[String: Any]] {
            let names = authors.compactMap { $0["name"] as? String }
            if !names.isEmpty { return names.joined(separator: ", ") }
        }
        return (object["author"] as? [String: Any])?["name"] as? String
    }
}
