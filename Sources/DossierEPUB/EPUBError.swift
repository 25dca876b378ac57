public enum EPUBError: Error, CustomStringConvertible {
    case notImplemented

    public var description: String {
        switch self {
        case .notImplemented: "the EPUB exporter is not written yet"
        }
    }
}
