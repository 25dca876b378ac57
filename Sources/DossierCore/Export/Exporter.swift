import Foundation

/// A format Dossier can write a packet in.
///
/// Exporters are values: a built-in one is named like `.markdown` or `.xlsx(options)` and registered
/// explicitly in an ``ExporterRegistry``. An exporter switches over every ``Block`` and ``Inline`` case,
/// and reports what its format cannot show as a ``Diagnostic`` instead of dropping it.
public protocol Exporter: Sendable {
    /// The name users pass to `--format`: `markdown`, `xlsx`, `epub`, `json`.
    var name: String { get }
    /// The file written in the output folder: `brief.md`.
    var fileName: String { get }
    /// One line for `dossier formats`.
    var summary: String { get }
    /// Writes the packet to `file`. The caller passes a temporary path and renames it into place
    /// only when this returns, so an exporter never has to clean up after a failure.
    func export(_ packet: Packet, to file: URL) throws -> [Diagnostic]
}

extension Exporter {
    /// Exports to `directory/fileName` atomically: a failure leaves no partial file and any earlier
    /// output of the same name untouched.
    public func export(_ packet: Packet, into directory: URL) throws -> ExportResult {
        let destination = directory.appendingPathComponent(fileName)
        let diagnostics = try AtomicFile.write(to: destination) { try export(packet, to: $0) }
        return ExportResult(format: name, file: destination, diagnostics: diagnostics)
    }
}

public struct ExportResult: Sendable {
    public var format: String
    public var file: URL
    public var diagnostics: [Diagnostic]
}
