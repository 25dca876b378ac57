import DossierAssembly
import DossierCore

/// Why a build produced nothing. Each case maps to a documented exit code of the `dossier` command.
public enum DossierKitError: Error, CustomStringConvertible {
    case assembly(AssemblyError)
    case core(DossierCoreError)
    case outputIsFile(path: String)
    case cannotCreateOutput(path: String, reason: String)
    /// Every requested format failed; the messages name each.
    case allFormatsFailed([String])

    public var description: String {
        switch self {
        case .assembly(let error): error.description
        case .core(let error): error.description
        case .outputIsFile(let path): "\(path): output folder is a file; choose another with -o"
        case .cannotCreateOutput(let path, let reason): "\(path): cannot create output folder: \(reason)"
        case .allFormatsFailed(let messages): "no format could be written:\n" + messages.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}
