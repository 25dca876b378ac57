import DossierCore
import Foundation

extension ExporterRegistry {
    /// Every name `-f` accepts without reading a manifest: the built-in formats, their aliases and the
    /// outside exporters on `PATH` (named, not run: what shell completion offers).
    public static func formatNamesForCompletion(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> [String] {
        let standard = ExporterRegistry.standard()
        let outside = OutsideExporter.programs(onPath: path).map(\.name).filter { ExporterNames.problem(withName: $0) == nil }
        var seen: Set<String> = []
        return (standard.names + standard.aliases.keys.sorted() + outside).filter { seen.insert($0).inserted }
    }
}
