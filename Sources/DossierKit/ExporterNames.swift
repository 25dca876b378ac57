import DossierCore
import Foundation

extension OutsideExporter {
    /// The `NAME` of every executable `dossier-export-NAME` on `path`, first one winning, without
    /// running any of them: what shell completion offers for `-f`.
    public static func programNames(onPath path: String? = ProcessInfo.processInfo.environment["PATH"]) -> [(name: String, program: String)] {
        var found: [(name: String, program: String)] = []
        for directory in (path ?? "").split(separator: ":").map(String.init) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for program in names.sorted() where program.hasPrefix(programPrefix) {
                let name = String(program.dropFirst(programPrefix.count))
                let full = "\(directory)/\(program)"
                guard !name.isEmpty, !found.contains(where: { $0.name == name }), FileManager.default.isExecutableFile(atPath: full) else { continue }
                found.append((name, full))
            }
        }
        return found
    }
}

extension ExporterRegistry {
    /// Every name `-f` accepts without reading a manifest: the built-in formats, their aliases and the
    /// outside exporters on `PATH`.
    public static func formatNamesForCompletion(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> [String] {
        let standard = ExporterRegistry.standard()
        let outside = OutsideExporter.programNames(onPath: path).map(\.name)
        var seen: Set<String> = []
        return (standard.names + standard.aliases.keys.sorted() + outside).filter { seen.insert($0).inserted }
    }
}
