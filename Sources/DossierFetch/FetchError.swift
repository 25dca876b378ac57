import Foundation

/// What stops a URL from being fetched, naming the URL and the reason.
public enum FetchError: Error, Equatable, CustomStringConvertible {
    /// Not an absolute `http` or `https` URL with a host.
    case invalidURL(url: String)
    /// The server answered with an HTTP error status.
    case httpStatus(url: String, status: Int)
    /// More redirects than the policy allows.
    case tooManyRedirects(url: String, limit: Int)
    /// A redirect led back to an address already visited.
    case redirectLoop(url: String, target: String)
    /// A redirect to something other than `http` or `https`.
    case unsupportedRedirect(url: String, target: String)
    case timedOut(url: String, seconds: Double)
    /// The body, once decompressed, is larger than the policy allows.
    case tooLarge(url: String, limit: Int)
    /// A content type Dossier cannot read as an article (images, PDF, …).
    case unsupportedContentType(url: String, contentType: String)
    /// The connection failed: no server, refused, reset, DNS.
    case unreachable(url: String, reason: String)
    /// `--offline` and the URL has not been fetched before.
    case notCached(url: String)
    case cacheUnwritable(url: String, path: String, reason: String)

    public var url: String {
        switch self {
        case .invalidURL(let url), .httpStatus(let url, _), .tooManyRedirects(let url, _), .redirectLoop(let url, _),
             .unsupportedRedirect(let url, _), .timedOut(let url, _), .tooLarge(let url, _),
             .unsupportedContentType(let url, _), .unreachable(let url, _), .notCached(let url),
             .cacheUnwritable(let url, _, _): url
        }
    }

    /// The reason without the URL, for messages that name the URL themselves.
    public var reason: String {
        switch self {
        case .invalidURL: "not an http or https URL"
        case .httpStatus(_, let status): "the server answered HTTP \(status)\(Self.statusName(status).map { " (\($0))" } ?? "")"
        case .tooManyRedirects(_, let limit): "more than \(limit) redirects"
        case .redirectLoop(_, let target): "redirect loop (back to \(target))"
        case .unsupportedRedirect(_, let target): "redirected to \(target), which is not http or https"
        case .timedOut(_, let seconds): "no complete answer within \(Self.format(seconds)) s"
        case .tooLarge(_, let limit): "the page is larger than \(Self.format(Double(limit) / 1_048_576)) MB"
        case .unsupportedContentType(_, let contentType): "content type \(contentType) is not an article (HTML, text, feed or JSON)"
        case .unreachable(_, let reason): "cannot connect: \(reason)"
        case .notCached(_): "not in the fetch cache, and --offline forbids fetching it; build once without --offline"
        case .cacheUnwritable(_, let path, let reason): "cannot write the fetch cache \(path): \(reason)"
        }
    }

    public var description: String { "\(url): \(reason)" }

    private static func statusName(_ status: Int) -> String? {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: nil
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
