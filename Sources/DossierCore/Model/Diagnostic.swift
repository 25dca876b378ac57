/// Something a user should know about a build: a skipped file, a limit reached, text that was changed.
public struct Diagnostic: Sendable, Codable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    /// A short stable code such as `invalid-utf8` or `xlsx-cell-truncated`, for filtering.
    public var code: String
    public var message: String
    /// The input file or output file the diagnostic is about.
    public var file: String?
    public var article: String?
    public var paragraph: String?

    public init(_ severity: Severity, code: String, _ message: String,
                file: String? = nil, article: String? = nil, paragraph: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.article = article
        self.paragraph = paragraph
    }

    /// `path: warning: message`, the form compilers use, so editors can jump to the file.
    public var description: String {
        let location = file.map { "\($0): " } ?? ""
        return "\(location)\(severity.rawValue): \(message)"
    }
}
