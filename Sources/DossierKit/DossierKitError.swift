import DossierAssembly
import DossierCore

/// Why a build produced nothing. Each case maps to a documented exit code of the `dossier` command.
public enum DossierKitError: Error, CustomStringConvertible {
    case assembly(AssemblyError)
    case core(DossierCoreError)
    case outputIsFile(path: String)
    case cannotCreateOutput(path: String, reason: String)
    /// A format failed, so nothing was written (the earlier packet is whole); the messages name each failure.
    case allFormatsFailed([String])
    /// An outside exporter failed, timed out or did not describe itself; its stderr comes along.
    case outsideExporterFailed(name: String, reason: String, stderr: String)
    /// `dossier.yml` is unreadable or says something Dossier does not understand.
    case manifest(file: String, line: Int?, message: String)
    /// Neither inputs nor a `dossier.yml` say what to read.
    case noInputs
    /// The `--urls` file does not exist.
    case missingURLList(path: String)
    /// A line of the `--urls` file is not a URL, or the file is not text.
    case urlList(file: String, line: Int?, message: String)
    /// A file an option names (`--manifest`, `--template`) does not exist; `role` says which.
    case missingFile(path: String, role: String)
    /// Another build holds the output folder's lock.
    case outputLocked(path: String)

    public var description: String {
        switch self {
        case .assembly(let error): error.description
        case .core(let error): error.description
        case .outputIsFile(let path): "\(VisibleText.line(path)): output folder is a file; choose another with -o"
        case .cannotCreateOutput(let path, let reason): "\(VisibleText.line(path)): cannot create output folder: \(reason)"
        case .allFormatsFailed(let messages): "nothing written (an earlier packet is unchanged):\n" + messages.map { "  \($0)" }.joined(separator: "\n")
        case .missingFile(let path, let role): "\(VisibleText.line(path)): no such \(role) file"
        case .outputLocked(let path):
            "\(VisibleText.line(path)): another dossier build is writing this folder; wait for it to finish, or choose another folder with -o"
        case .noInputs: "no inputs: name article files or folders, or describe the build in dossier.yml (see `dossier init`)"
        case .manifest(let file, let line, let message), .urlList(let file, let line, let message):
            "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .missingURLList(let path): "\(path): no such file (given with --urls)"
        case .outsideExporterFailed(_, let reason, let stderr):
            stderr.isEmpty ? reason : "\(reason); it said:\n" + stderr.split(separator: "\n").suffix(20).map { "    \($0)" }.joined(separator: "\n")
        }
    }
}
