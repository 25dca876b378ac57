import Foundation

/// Runs the built `dossier` executable, as a user would.
public enum DossierCommand {
    /// The `dossier` binary beside the test bundle in the build folder.
    public static var executable: URL {
        get throws {
            var directory = Bundle.main.bundleURL
            for _ in 0..<3 {
                let candidate = directory.appendingPathComponent("dossier")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory.deleteLastPathComponent()
            }
            throw MissingExecutable()
        }
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        var description: String { "the dossier executable is not built; run `swift build --build-tests` first" }
    }

    /// Runs `dossier ARGUMENTS` in `directory`; SOURCE_DATE_EPOCH is removed unless given.
    @discardableResult
    public static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> ProcessOutput {
        try Validators.run([try executable.path] + arguments, in: directory, environment: environment)
    }
}
