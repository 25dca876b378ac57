/// What stops a URL from being fetched, naming the URL and the reason.
public enum FetchError: Error, Equatable, CustomStringConvertible {
    /// The server answered with an HTTP error status.
    case httpStatus(url: String, status: Int)

    public var description: String {
        switch self {
        case .httpStatus(let url, let status): "\(url): the server answered HTTP \(status)"
        }
    }
}
