import Foundation
import TestSupport
import Testing

@Suite("Commands")
struct CommandTests {
    @Test("`dossier formats` lists the four built-in formats with their files")
    func formats() throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["formats"], in: folder.url)
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) }
        #expect(names == ["markdown", "xlsx", "epub", "json"])
        #expect(result.stdout.contains("brief.md:"))
        #expect(result.stdout.contains("factsheet.xlsx:"))
        #expect(result.stdout.contains("reading-pack.epub:"))
        #expect(result.stdout.contains("packet.json:"))
    }

    @Test("every subcommand's help shows examples", arguments: ["build", "formats", "inspect"])
    func helpHasExamples(subcommand: String) throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run([subcommand, "--help"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
        #expect(result.stdout.contains("dossier \(subcommand)") || subcommand == "formats" && result.stdout.contains("dossier formats"))
    }
}
