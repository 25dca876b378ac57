import Foundation

/// A successful answer: the body as received (decompressed) and what the server said about it.
public struct FetchedResponse: Sendable, Equatable {
    /// The URL as the user gave it.
    public var requestedURL: String
    /// Where the redirects ended.
    public var finalURL: String
    public var status: Int
    /// The `Content-Type` header as sent, nil when the server sent none.
    public var contentType: String?
    public var body: Data
}
