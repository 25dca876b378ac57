public enum MarkdownError: Error, CustomStringConvertible {
    case notImplemented

    public var description: String {
        switch self {
        case .notImplemented: "the Markdown exporter is not written yet"
        }
    }
}
