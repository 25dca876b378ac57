import DossierCore
import DossierHTML
import Foundation
import TestSupport

/// An HTML brief exported into a fresh folder, kept alive as long as the result.
struct PageExport {
    let directory: TemporaryDirectory
    let file: URL
    let diagnostics: [Diagnostic]

    init(_ packet: Packet, _ options: HTMLOptions = HTMLOptions()) throws {
        directory = try TemporaryDirectory()
        let result = try HTMLExporter(options: options).export(packet, into: directory.url)
        file = result.file
        diagnostics = result.diagnostics
    }

    var text: String {
        get throws { try String(contentsOf: file, encoding: .utf8) }
    }
}
