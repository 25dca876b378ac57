/// What can go wrong while writing `factsheet.xlsx`. Every case names the output file.
public enum XLSXError: Error, Equatable, CustomStringConvertible {
    /// libxlsxwriter refused `operation`; `reason` is its own explanation.
    case library(path: String, operation: String, reason: String)
    /// A worksheet name that Excel would not accept.
    case invalidSheetName(path: String, name: String, reason: String)

    public var description: String {
        switch self {
        case .library(let path, let operation, let reason):
            "\(path): cannot write the XLSX fact sheet: \(operation) failed: \(reason)"
        case .invalidSheetName(let path, let name, let reason):
            "\(path): cannot write the XLSX fact sheet: sheet name '\(name)' is not valid: \(reason)"
        }
    }
}
