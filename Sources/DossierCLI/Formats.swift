import ArgumentParser
import DossierCore
import DossierKit

struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the formats a packet can be written in.",
        discussion: "Example:\n  dossier formats"
    )

    func run() {
        let registry = ExporterRegistry.standard()
        let width = registry.names.map(\.count).max() ?? 0
        for exporter in registry.exporters {
            print("\(exporter.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(exporter.summary)")
        }
    }
}
