import DossierArchive

/// What can go wrong while writing the reading pack.
public enum EPUBError: Error, Equatable, CustomStringConvertible {
    /// libzip could not write `path`: `action` is the step that failed, `reason` libzip's message.
    case cannotWrite(path: String, action: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let action, let reason):
            "\(path): cannot write the EPUB reading pack (\(action)): \(reason)"
        }
    }
}

extension EPUBError: ArchiveFailure {}

/// The book's zip, whose failures are ``EPUBError``s.
typealias ZipArchive = DossierArchive.ZipArchive<EPUBError>
