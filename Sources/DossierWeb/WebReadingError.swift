/// What stops a web page or feed from being read, naming the input and the reason.
public enum WebReadingError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not a page or feed that can be parsed (binary, truncated beyond use).
    case unparsable(path: String, reason: String)
    case unreadable(path: String, reason: String)
    /// Binary data (or another format) under a page's name.
    case notWeb(path: String)
    case tooLarge(path: String, limit: Int)
    /// A `.gz` file that is damaged, or inflates past the limit (a zip bomb).
    case badCompression(path: String, reason: String)
    /// The page holds no article text: only navigation, forms or nothing at all.
    case noArticle(path: String)
    /// A feed with no items that have any text.
    case emptyFeed(path: String)

    public var description: String {
        switch self {
        case .unparsable(let path, let reason): "\(path): cannot read the page: \(reason)"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .notWeb(let path): "\(path): not an HTML page or feed (it holds binary data)"
        case .tooLarge(let path, let limit): "\(path): page is larger than \(limit >> 20) MB; save the article alone"
        case .badCompression(let path, let reason): "\(path): cannot decompress: \(reason)"
        case .noArticle(let path): "\(path): the page has no article text (only navigation, forms or nothing)"
        case .emptyFeed(let path): "\(path): the feed has no items with text"
        }
    }

    public var path: String {
        switch self {
        case .unparsable(let path, _), .unreadable(let path, _), .notWeb(let path), .tooLarge(let path, _),
             .badCompression(let path, _), .noArticle(let path), .emptyFeed(let path): path
        }
    }
}
