/// What stops a web page or feed from being read, naming the input and the reason.
public enum WebReadingError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not a page or feed that can be parsed (binary, truncated beyond use).
    case unparsable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unparsable(let path, let reason): "\(path): cannot read the page: \(reason)"
        }
    }
}
