import Foundation
import TestSupport
import Testing

/// The command plugin, used as a user would: from a package that depends on Dossier by path.
@Suite("SwiftPM command plugin", .serialized)
struct PluginTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = repository.appendingPathComponent("examples/plugin-usage")

    @Test("`swift package dossier build` writes a packet in the using package", .timeLimit(.minutes(10)))
    func buildsPacket() throws {
        let output = Self.fixture.appendingPathComponent("packet")
        try? FileManager.default.removeItem(at: output)
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Validators.run([
            "swift", "package", "--package-path", Self.fixture.path,
            "--scratch-path", Self.repository.appendingPathComponent(".build-plugin-usage").path,
            "--allow-writing-to-package-directory", "dossier",
            "build", "articles", "-o", "packet", "-f", "json", "-f", "markdown", "--date", "2024-03-15", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let packet = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("packet.json"))) as? [String: Any]
        let articles = try #require(packet?["articles"] as? [[String: Any]])
        #expect(articles.map { $0["title"] as? String } == ["Council approves new water plan"])
        #expect(articles.first?["source"] as? String == "articles/council-vote.md")
        let brief = try String(contentsOf: output.appendingPathComponent("brief.md"), encoding: .utf8)
        #expect(brief.contains("Council approves new water plan"))
    }

    @Test("without write permission the plugin refuses and says why")
    func asksForPermission() throws {
        let result = try Validators.run([
            "swift", "package", "--package-path", Self.fixture.path,
            "--scratch-path", Self.repository.appendingPathComponent(".build-plugin-usage").path,
            "dossier", "build", "articles",
        ])
        #expect(result.status != 0)
        #expect((result.stdout + result.stderr).contains("Dossier writes the briefing packet"))
    }
}
