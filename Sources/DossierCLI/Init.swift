import ArgumentParser
import DossierKit
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented starter dossier.yml.",
        discussion: """
        Refuses to overwrite an existing file.

        Example:
          dossier init && $EDITOR dossier.yml && dossier build
        """
    )

    @Option(name: .shortAndLong, help: "Where to write the manifest.", completion: Completions.manifests)
    var output = ManifestReader.fileName

    func run() throws {
        guard !FileManager.default.fileExists(atPath: output) else {
            Terminal.error("\(output): already exists; edit it, or remove it to start again")
            throw ExitCodes.cannotCreate
        }
        do {
            try ManifestTemplate.starter.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            Terminal.error("\(output): cannot write: \((error as NSError).localizedFailureReason ?? "\(error)")")
            throw ExitCodes.cannotCreate
        }
        Terminal.printToStderr("dossier: wrote \(output); edit it, then run `dossier build`")
    }
}
