import DossierAssembly
import DossierCore
import Foundation

/// What to build.
public struct BuildRequest: Sendable {
    public var inputs: [String]
    public var outputDirectory: String
    /// Format names; empty means every registered format.
    public var formats: [String]
    public var title: String?
    public var date: PacketDate
    public var overrides: [String: ArticleOverride]

    public init(inputs: [String], outputDirectory: String = "packet", formats: [String] = [],
                title: String? = nil, date: PacketDate, overrides: [String: ArticleOverride] = [:]) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.title = title
        self.date = date
        self.overrides = overrides
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public enum Status: Sendable, Equatable {
        /// Every article was used and every format written.
        case complete
        /// The packet was written, but an article was skipped or a format failed: see ``problems``.
        case partial
    }

    public var packet: Packet
    public var outputs: [ExportResult]
    /// Formats that failed, each with its message.
    public var failures: [String]
    /// The packet's diagnostics and the exporters'.
    public var diagnostics: [Diagnostic]

    public var status: Status {
        failures.isEmpty && !diagnostics.contains { $0.severity == .error } ? .complete : .partial
    }
}

/// Assembles a packet and writes it in the requested formats.
public struct PacketBuilder: Sendable {
    public var registry: ExporterRegistry

    public init(registry: ExporterRegistry = .standard()) {
        self.registry = registry
    }

    /// Checks everything that can be checked before any work (format names, output folder), assembles,
    /// then writes every format into a staging folder and moves them into place together.
    ///
    /// Any failing format leaves the earlier packet as it was, except an outside exporter, which fails
    /// only its own format (its earlier file is removed, so the folder never mixes two builds).
    public func build(_ request: BuildRequest, progress: (String) -> Void = { _ in }) throws(DossierKitError) -> BuildReport {
        let exporters = try selectExporters(request.formats)
        let output = URL(fileURLWithPath: request.outputDirectory)
        try checkOutputDirectory(output)

        progress("reading \(request.inputs.joined(separator: ", "))")
        let packet: Packet
        do {
            var options = AssemblyOptions(title: request.title, date: request.date, overrides: request.overrides)
            options.excludedFolders = [request.outputDirectory]
            packet = try PacketAssembler(options: options).assemble(request.inputs)
        } catch {
            throw .assembly(error)
        }
        try createOutputDirectory(output)
        let folder = try OutputFolder(output)

        var report = BuildReport(packet: packet, outputs: [], failures: [], diagnostics: packet.diagnostics)
        progress("writing \(exporters.map(\.fileName).joined(separator: ", "))")
        // Formats are independent, so they are written side by side; results are taken in the requested order.
        let staging = folder.staging
        let results = exporters.concurrentMap { exporter in
            Result { try exporter.export(packet, into: staging) }
        }
        var mustSucceedFailed = false
        var failedOutside: [String] = []
        for (exporter, result) in zip(exporters, results) {
            switch result {
            case .success(var written):
                written.file = output.appendingPathComponent(exporter.fileName)
                report.outputs.append(written)
                report.diagnostics += written.diagnostics
            case .failure(let error):
                let path = output.appendingPathComponent(exporter.fileName).relativePath
                report.failures.append("\(path): \(exporter.name) export failed: \(error)")
                if exporter is OutsideExporter { failedOutside.append(exporter.fileName) } else { mustSucceedFailed = true }
            }
        }
        if report.outputs.isEmpty || mustSucceedFailed { throw .allFormatsFailed(report.failures) }
        try folder.commit(report.outputs.map(\.file.lastPathComponent))
        for fileName in failedOutside { folder.removeEarlier(fileName) }
        return report
    }

    private func selectExporters(_ names: [String]) throws(DossierKitError) -> [any Exporter] {
        if names.isEmpty { return registry.exporters }
        var selected: [any Exporter] = []
        for name in names {
            do {
                let exporter = try registry.exporter(named: name)
                if !selected.contains(where: { $0.name == exporter.name }) { selected.append(exporter) }
            } catch {
                throw .core(error)
            }
        }
        return selected
    }

    private func checkOutputDirectory(_ url: URL) throws(DossierKitError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .outputIsFile(path: url.relativePath)
        }
    }

    /// Creates the folder and its parents, naming the part of the path that is in the way.
    private func createOutputDirectory(_ url: URL) throws(DossierKitError) {
        let path = url.relativePath
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/\(component)"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else { throw .outputIsFile(path: String(prefix.trimmingPrefix("./"))) }
                continue
            }
            guard mkdir(prefix, 0o777) == 0 || errno == EEXIST else {
                throw .cannotCreateOutput(path: url.relativePath, reason: String(cString: strerror(errno)))
            }
        }
    }
}
