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
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(3).map(String.init) }
        #expect(rows == [["markdown", "brief.md", "built-in"], ["xlsx", "factsheet.xlsx", "built-in"],
                         ["epub", "reading-pack.epub", "built-in"], ["json", "packet.json", "built-in"]])
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
