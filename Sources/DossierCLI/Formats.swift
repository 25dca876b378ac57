import ArgumentParser
import DossierCore
import DossierKit
import Foundation

struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the formats a packet can be written in.",
        discussion: """
        Built-in formats, then outside exporters declared in ./dossier.yml, then programs named \
        dossier-export-NAME on PATH.

        Example:
          dossier formats
        """
    )

    func run() throws {
        var rows: [(name: String, file: String, origin: String, summary: String)] = []
        let standard = ExporterRegistry.standard()
        for exporter in standard.exporters {
            let aliases = standard.aliases(of: exporter.name)
            let also = aliases.isEmpty ? "" : " (also -f \(aliases.joined(separator: ", -f ")))"
            rows.append((exporter.name, exporter.fileName, "built-in", exporter.summary + also))
        }
        if FileManager.default.fileExists(atPath: ManifestReader.fileName) {
            do {
                for exporter in try ManifestReader.read(ManifestReader.fileName).exporters {
                    rows.append((exporter.name, exporter.fileName, exporter.origin, exporter.summary))
                }
            } catch {
                Terminal.error(error.description)
                throw ExitCodes.code(for: error)
            }
        }
        let discovered = OutsideExporter.discover()
        for exporter in discovered.exporters where !rows.contains(where: { $0.name == exporter.name }) {
            rows.append((exporter.name, exporter.fileName, exporter.origin, exporter.summary))
        }
        let nameWidth = rows.map(\.name.count).max() ?? 0
        let fileWidth = rows.map(\.file.count).max() ?? 0
        let originWidth = rows.map(\.origin.count).max() ?? 0
        for row in rows {
            print([row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0),
                   row.file.padding(toLength: fileWidth, withPad: " ", startingAt: 0),
                   row.origin.padding(toLength: originWidth, withPad: " ", startingAt: 0),
                   row.summary].joined(separator: "  "))
        }
        for problem in discovered.problems { Terminal.printToStderr(problem.description) }
    }
}
