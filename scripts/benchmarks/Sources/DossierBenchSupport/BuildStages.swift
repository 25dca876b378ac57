import DossierAssembly
import DossierCore
import DossierKit
import Foundation

/// The stages of `dossier build`, callable one at a time so that each can be measured alone:
/// assembly, then each standard exporter with the options the command line uses by default.
public enum BuildStages {
    /// The date of every benchmark build, as `--date 2021-09-26` gives it.
    public static let date = PacketDate(year: 2021, month: 9, day: 26)!

    public static func assemble(_ folder: String) throws -> Packet {
        try PacketAssembler(options: AssemblyOptions(date: date)).assemble([folder])
    }

    /// Markdown, XLSX, EPUB, DOCX, HTML and JSON, in the order `dossier build` writes them.
    public static var exporters: [any Exporter] { ExporterRegistry.standard().exporters }

    /// Writes `packet` in the exporter's format into `folder` (the exporter alone, no atomic rename).
    public static func export(_ packet: Packet, with exporter: any Exporter, into folder: URL) throws {
        _ = try exporter.export(packet, to: folder.appendingPathComponent(exporter.fileName))
    }
}
