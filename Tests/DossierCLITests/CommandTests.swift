import Foundation
import TestSupport
import Testing

@Suite("Commands")
struct CommandTests {
    @Test("`dossier formats` lists the six built-in formats with their files")
    func formats() throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["formats"], in: folder.url)
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(3).map(String.init) }
        #expect(rows == [["markdown", "brief.md", "built-in"], ["xlsx", "factsheet.xlsx", "built-in"],
                         ["epub", "reading-pack.epub", "built-in"], ["docx", "brief.docx", "built-in"],
                         ["html", "brief.html", "built-in"], ["json", "packet.json", "built-in"]])
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

@Suite("dossier init")
struct InitTests {
    @Test("writes a starter manifest that `dossier build` then follows, and refuses to overwrite it")
    func starterManifest() throws {
        let folder = try TemporaryDirectory()
        #expect(try DossierCommand.run(["init"], in: folder.url).status == 0)
        let written = try String(contentsOf: folder.file("dossier.yml"), encoding: .utf8)
        #expect(written.hasPrefix("# dossier.yml: how to build this briefing packet."))

        try FileManager.default.createDirectory(at: folder.file("articles"), withIntermediateDirectories: true)
        try "A title\n\nA body paragraph that says something.\n".write(to: folder.file("articles/a.txt"), atomically: true, encoding: .utf8)
        let build = try DossierCommand.run(["build", "--quiet", "--date", "2021-09-26"], in: folder.url)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("packet").path).sorted()
            == [".dossier-lock", "brief.docx", "brief.html", "brief.md", "factsheet.xlsx", "packet.json", "reading-pack.epub"])

        let again = try DossierCommand.run(["init"], in: folder.url)
        #expect(again.status == 73)
        #expect(again.stderr == "dossier: error: dossier.yml: already exists; edit it, or remove it to start again\n")
        #expect(try String(contentsOf: folder.file("dossier.yml"), encoding: .utf8) == written)
    }

    @Test("build with neither inputs nor dossier.yml says what to do")
    func noInputs() throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["build"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr == "dossier: error: no inputs: name article files or folders, or describe the build in dossier.yml (see `dossier init`)\n")
    }
}
