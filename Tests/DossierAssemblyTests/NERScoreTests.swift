import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

/// CoNLL-2003 English testa (`../shared/ner/testa`, 216 Reuters documents the tagger never trained on)
/// scored by `../shared/tools/ner_score.py`: per document, the distinct (mention, kind) pairs against the
/// gold's. The figures asserted are the ones the analysis holds now, so that a regression fails the suite.
@Suite struct NERScoreTests {
    static let score = Result { try score(AnalysisScorer.shared.appendingPathComponent("ner/testa")) }

    /// The numbers of the scorer's last line: `ner: typed_f1=… untyped_f1=… typed_f1_no_misc=… docs=216`.
    static func score(_ documents: URL) throws -> (values: [String: Double], output: String) {
        let packet = try PacketAssembler(options: AssemblyOptions(date: PacketDate(year: 2024, month: 1, day: 15)!))
            .assemble([documents.path])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ner-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let packetFile = folder.appendingPathComponent("packet.json")
        try JSONExporter.encode(packet).write(to: packetFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", AnalysisScorer.shared.appendingPathComponent("tools/ner_score.py").path, packetFile.path,
                             AnalysisScorer.shared.appendingPathComponent("ner/testa-gold.json").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        var values: [String: Double] = [:]
        if let last = output.split(separator: "\n").last(where: { $0.hasPrefix("ner:") }) {
            for field in last.dropFirst("ner:".count).split(separator: " ") {
                let parts = field.split(separator: "=")
                if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
            }
        }
        return (values, output)
    }

    @Test func typed() throws {
        let (values, output) = try Self.score.get()
        #expect(values["typed_f1", default: 0] >= 0.80, "\(output)")
    }

    @Test func untyped() throws {
        let (values, output) = try Self.score.get()
        #expect(values["untyped_f1", default: 0] >= 0.87, "\(output)")
    }

    @Test func withoutOther() throws {
        let (values, output) = try Self.score.get()
        #expect(values["typed_f1_no_misc", default: 0] >= 0.86, "\(output)")
    }
}
