public enum XLSXError: Error, CustomStringConvertible {
    case notImplemented

    public var description: String {
        switch self {
        case .notImplemented: "the XLSX exporter is not written yet"
        }
    }
}
