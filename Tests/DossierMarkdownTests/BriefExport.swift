import DossierCore
import DossierMarkdown
import Foundation
import TestSupport

/// Exports a packet to `brief.md` in a fresh folder and keeps the folder alive as long as the result.
struct BriefExport {
    let directory: TemporaryDirectory
    let file: URL
    let diagnostics: [Diagnostic]

    init(_ packet: Packet, _ options: MarkdownOptions = MarkdownOptions()) throws {
        directory = try TemporaryDirectory()
        let result = try MarkdownExporter(options: options).export(packet, into: directory.url)
        file = result.file
        diagnostics = result.diagnostics
    }

    var text: String {
        get throws { try String(contentsOf: file, encoding: .utf8) }
    }

    var tokens: [MarkdownToken] {
        get throws { try MarkdownReader.tokens(file) }
    }
}
