/// The formats a build can write, looked up by name. Nothing is found by reflection or by scanning
/// folders: a format exists because someone registered its value.
public struct ExporterRegistry: Sendable {
    public private(set) var exporters: [any Exporter] = []

    public init() {}

    /// Adds an exporter; one registered later under the same name replaces it.
    public mutating func register(_ exporter: some Exporter) {
        exporters.removeAll { $0.name == exporter.name }
        exporters.append(exporter)
    }

    public var names: [String] { exporters.map(\.name) }

    /// The exporter called `name`, or an error that lists the known names and the closest one.
    public func exporter(named name: String) throws(DossierCoreError) -> any Exporter {
        if let exporter = exporters.first(where: { $0.name == name.lowercased() }) { return exporter }
        throw .unknownFormat(name, known: names, suggestion: Suggestion.closest(to: name, in: names))
    }
}
