import DossierCore
import Foundation
@testable import DossierAssembly

/// Runs the analysis scorer (`../shared/tools/score-analysis.py`) on a packet assembled from articles,
/// against a gold file of `../shared/gold`, and reads the numbers of its last line.
enum AnalysisScorer {
    /// The repository root, found from this file: Tests/DossierAssemblyTests/AnalysisScorer.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The scorer's numbers from its last line: `analysis: quotes=0.97 speakers=1.00 … corroborated=2/2 overall=…`.
    struct Score: Sendable {
        var values: [String: Double] = [:]
        var corroborated = (found: 0, total: 0)
        var output = ""

        subscript(measure: String) -> Double { values[measure, default: 0] }
    }

    static func score(_ inputs: [URL], gold: String, date: PacketDate) throws -> Score {
        let packet = try PacketAssembler(options: AssemblyOptions(date: date)).assemble(inputs.map(\.path))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let packetFile = folder.appendingPathComponent("packet.json")
        try JSONExporter.encode(packet).write(to: packetFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", shared.appendingPathComponent("tools/score-analysis.py").path, packetFile.path,
                             gold.hasPrefix("/") ? gold : shared.appendingPathComponent("gold/\(gold)").path, "--verbose"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var score = Score(output: String(decoding: data, as: UTF8.self))
        guard process.terminationStatus == 0,
              let last = score.output.split(separator: "\n").last(where: { $0.hasPrefix("analysis:") }) else { return score }
        for field in last.dropFirst("analysis:".count).split(separator: " ") {
            let parts = field.split(separator: "=")
            guard parts.count == 2 else { continue }
            if parts[0] == "corroborated" {
                let counts = parts[1].split(separator: "/").compactMap { Int($0) }
                if counts.count == 2 { score.corroborated = (counts[0], counts[1]) }
            } else if let value = Double(parts[1]) {
                score.values[String(parts[0])] = value
            }
        }
        return score
    }
}
