import Foundation
import TestSupport
import Testing

/// `dossier build ../shared/seeds -o seeds-packet`, scored against the hand-made gold analysis.
@Suite("Seed packet")
struct SeedPacketTests {
    static let shared = ExamplePacketTests.repository.deletingLastPathComponent().appendingPathComponent("shared")

    @Test("the seeds build and meet every analysis target", .enabled(if: FileManager.default.fileExists(atPath: shared.path)))
    func scored() throws {
        let folder = try TemporaryDirectory()
        let build = try DossierCommand.run(["build", Self.shared.appendingPathComponent("seeds").path,
                                            "-o", folder.url.path, "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(build.status == 0, "\(build.stderr)")
        let score = try Validators.run(["python3", Self.shared.appendingPathComponent("tools/score-analysis.py").path,
                                        folder.file("packet.json").path,
                                        Self.shared.appendingPathComponent("gold/seeds.json").path, "--verbose"])
        #expect(score.status == 0, "\(score.stderr)")
        let last = try #require(score.stdout.split(separator: "\n").last { $0.hasPrefix("analysis:") })
        var values: [String: String] = [:]
        for pair in last.dropFirst("analysis: ".count).split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            values[String(parts[0])] = String(parts[1])
        }
        func number(_ key: String) -> Double { Double(values[key] ?? "") ?? -1 }
        #expect(number("structure") == 1.0, "\(score.stdout)")
        #expect(number("quotes") >= 0.95, "\(score.stdout)")
        #expect(number("speakers") >= 0.90, "\(score.stdout)")
        #expect(number("entities") >= 0.85, "\(score.stdout)")
        #expect(number("quantities") >= 0.90, "\(score.stdout)")
        #expect(number("timeline") == 1.0, "\(score.stdout)")
        #expect(values["corroborated"] == "2/2", "\(score.stdout)")
    }
}
