import DossierArchive

/// What can go wrong while writing the Word brief.
public enum DOCXError: Error, Equatable, CustomStringConvertible {
    /// libzip could not write `path`: `action` is the step that failed, `reason` libzip's message.
    case cannotWrite(path: String, action: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let action, let reason):
            "\(path): cannot write the Word brief (\(action)): \(reason)"
        }
    }
}

extension DOCXError: ArchiveFailure {}
