import Foundation
import TestSupport
import Testing

/// The bash completion script `dossier --generate-completion-script bash` writes, run as bash runs it
/// when a user presses Tab: its `_dossier` function fills COMPREPLY for the words typed so far.
@Suite("Shell completion")
struct CompletionTests {
    let folder: TemporaryDirectory
    let script: URL

    init() throws {
        folder = try TemporaryDirectory()
        for file in ["lead.txt", "notes.md", "page.html", "feed.rss", "photo.jpg", "dossier.yml", "brief.mustache"] {
            try Data("x".utf8).write(to: folder.file(file))
        }
        try FileManager.default.createDirectory(at: folder.file("articles"), withIntermediateDirectories: true)
        let generated = try DossierCommand.run(["--generate-completion-script", "bash"], in: folder.url)
        try #require(generated.status == 0, "\(generated.stderr)")
        script = folder.file("dossier.bash")
        try Data(generated.stdout.utf8).write(to: script)
    }

    /// What Tab offers after `words` (the last one being typed, "" for a new word). Bash calls the
    /// function with the command, the word being completed and the word before it.
    func complete(_ words: [String]) throws -> Set<String> {
        let executable = try DossierCommand.executable.path
        let line = ([executable] + words).joined(separator: " ")
        let quoted = ([executable] + words).map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count); COMP_LINE='\(line)'; COMP_POINT=\(line.utf8.count)
            _dossier dossier '\(words.last ?? "")' '\(words.count > 1 ? words[words.count - 2] : executable)'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Validators.run(["bash", "-c", program], in: folder.url)
        try #require(result.status == 0, "bash: \(result.stderr)")
        return Set(result.stdout.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) })
    }

    @Test func commandsComplete() throws {
        #expect(try complete(["bu"]) == ["build"])
        #expect(try complete(["i"]) == ["inspect", "init"])
    }

    @Test func buildInputsAreArticleFilesAndFolders() throws {
        #expect(try complete(["build", ""]).isSuperset(of: ["lead.txt", "notes.md", "page.html", "feed.rss", "articles"]))
        #expect(try !complete(["build", ""]).contains("photo.jpg"))
        #expect(try complete(["inspect", ""]).isSuperset(of: ["lead.txt", "notes.md", "page.html"]))
    }

    @Test func theOutputFolderCompletesFoldersOnly() throws {
        #expect(try complete(["build", "-o", ""]) == ["articles"])
    }

    @Test func formatsCompleteFromTheRegistryWithAliases() throws {
        #expect(try complete(["build", "-f", ""]).isSuperset(of: ["markdown", "xlsx", "epub", "json", "md", "excel", "ebook"]))
        #expect(try complete(["build", "--format", "ex"]) == ["excel"])
    }

    @Test func manifestsAndTemplatesCompleteTheirOwnFiles() throws {
        #expect(try complete(["build", "--manifest", ""]).contains("dossier.yml"))
        #expect(try !complete(["build", "--manifest", ""]).contains("lead.txt"))
        #expect(try complete(["build", "--template", ""]).contains("brief.mustache"))
    }
}

@Suite("Names people type")
struct TypedNameTests {
    @Test func aMistypedCommandIsNamedWithTheClosestOne() throws {
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["bild", "articles"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr == "dossier: error: unknown command 'bild'. Did you mean 'build'? Commands: build, formats, inspect, init, help.\n")
    }

    @Test func formatAliasesChooseTheirFormatAndAreListed() throws {
        let folder = try TemporaryDirectory()
        try Data("Title\n\nA first paragraph of the article, long enough to be read as its body.\n".utf8).write(to: folder.file("a.txt"))
        let result = try DossierCommand.run(["build", "a.txt", "-f", "md", "-f", "excel", "--date", "2024-01-15", "--quiet"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("packet").path).sorted() == [".dossier-lock", "brief.md", "factsheet.xlsx"])
        let formats = try DossierCommand.run(["formats"], in: folder.url)
        #expect(formats.stdout.contains("(also -f md)") && formats.stdout.contains("(also -f excel)") && formats.stdout.contains("(also -f ebook)"))
    }
}
