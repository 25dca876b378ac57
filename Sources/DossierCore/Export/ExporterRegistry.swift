/// The formats a build can write, looked up by name. Nothing is found by reflection or by scanning
/// folders: a format exists because someone registered its value.
public struct ExporterRegistry: Sendable {
    public private(set) var exporters: [any Exporter] = []
    /// Other names a format answers to (`md` for `markdown`), by alias.
    public private(set) var aliases: [String: String] = [:]

    public init() {}

    /// Adds an exporter; one registered later under the same name replaces it.
    public mutating func register(_ exporter: some Exporter) {
        exporters.removeAll { $0.name == exporter.name }
        exporters.append(exporter)
    }

    /// Lets `-f alias` choose the format called `name`; a format's own name wins over an alias.
    public mutating func alias(_ alias: String, for name: String) {
        aliases[alias.lowercased()] = name
    }

    public var names: [String] { exporters.map(\.name) }

    /// The aliases of the format called `name`, sorted.
    public func aliases(of name: String) -> [String] {
        aliases.filter { $0.value == name }.map(\.key).sorted()
    }

    /// The exporter called `name` (or an alias of it), or an error that lists the known names and the closest one.
    public func exporter(named name: String) throws(DossierCoreError) -> any Exporter {
        let lowered = name.lowercased()
        if let exporter = exporters.first(where: { $0.name == lowered }) { return exporter }
        if let target = aliases[lowered], let exporter = exporters.first(where: { $0.name == target }) { return exporter }
        throw .unknownFormat(name, known: names, suggestion: Suggestion.closest(to: name, in: names + aliases.keys.sorted()))
    }
}
