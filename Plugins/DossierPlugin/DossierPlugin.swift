import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory dossier build <folder> …`
///
/// Thin on purpose: it finds the `dossier` tool and passes the arguments through, run from the
/// package's directory so relative paths mean what the user typed. With no arguments it builds
/// the package's `examples` folder into `packet/`.
@main
struct DossierPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "DossierCLI") // the `dossier` executable, named by its target here
        let arguments = arguments.isEmpty ? ["build", "examples", "-o", "packet"] : arguments
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("dossier \(arguments.joined(separator: " ")) exited with status \(process.terminationStatus)")
            throw DossierPluginError.failed(status: process.terminationStatus)
        }
    }
}

enum DossierPluginError: Error, CustomStringConvertible {
    case failed(status: Int32)

    var description: String {
        switch self {
        case .failed(let status): "dossier failed with exit status \(status)"
        }
    }
}
