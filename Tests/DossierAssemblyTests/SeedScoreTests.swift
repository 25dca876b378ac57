import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

/// The analysis scorer (`../shared/tools/score-analysis.py`) on the seed articles, with the targets of
/// the analysis issue as assertions, so that a regression fails the suite.
@Suite struct SeedScoreTests {
    /// The repository root, found from this file: Tests/DossierAssemblyTests/SeedScoreTests.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("examples/mali-briefing/articles")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The scorer's numbers from its last line: `analysis: quotes=0.97 speakers=1.00 … corroborated=2/2 overall=…`.
    struct Score {
        var values: [String: Double] = [:]
        var corroborated = (found: 0, total: 0)
        var output = ""
    }

    static func score() throws -> Score {
        let packet = try PacketAssembler(options: AssemblyOptions(date: PacketDate(year: 2021, month: 9, day: 26)!))
            .assemble([seeds.path])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seed-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let packetFile = folder.appendingPathComponent("packet.json")
        try JSONExporter.encode(packet).write(to: packetFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", shared.appendingPathComponent("tools/score-analysis.py").path, packetFile.path,
                             shared.appendingPathComponent("gold/seeds.json").path, "--verbose"]
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

    @Test func seedAnalysisMeetsTheTargets() throws {
        let score = try Self.score()
        print(score.output)
        #expect(score.values["quotes", default: 0] >= 0.95, "\(score.output)")
        #expect(score.values["speakers", default: 0] >= 0.90, "\(score.output)")
        #expect(score.values["entities", default: 0] >= 0.85, "\(score.output)")
        #expect(score.values["quantities", default: 0] >= 0.90, "\(score.output)")
        #expect(score.values["timeline", default: 0] >= 1.00, "\(score.output)")
        #expect(score.corroborated.total == 2 && score.corroborated.found == 2, "\(score.output)")
    }
}
