import Foundation
import TestSupport
import Testing

/// Errors that used to be a raw dump, the wrong reason or the wrong exit code (failure 11).
@Suite("Honest errors")
struct HonestErrorTests {
    private func articleFolder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try Data("A title\n\nA body paragraph that says something.\n".utf8).write(to: folder.file("a.txt"))
        return folder
    }

    @Test("--manifest naming a missing file names it (66), not 'no inputs'")
    func missingManifest() throws {
        let folder = try articleFolder()
        let result = try DossierCommand.run(["build", "--manifest", "nope.yml"], in: folder.url)
        #expect(result.status == 66)
        #expect(result.stderr == "dossier: error: nope.yml: no such manifest file\n")
    }

    @Test("--template naming a missing file fails before any format is written")
    func missingTemplate() throws {
        let folder = try articleFolder()
        let result = try DossierCommand.run(["build", "a.txt", "-o", "out", "--template", "nope.mustache", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 66)
        #expect(result.stderr == "dossier: error: nope.mustache: no such template file\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out").path))
    }

    @Test("-o below a file is one line naming the file (73)")
    func outputBelowAFile() throws {
        let folder = try articleFolder()
        try Data("x".utf8).write(to: folder.file("afile"))
        let result = try DossierCommand.run(["build", "a.txt", "-o", "afile/sub", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 73)
        #expect(result.stderr == "dossier: error: afile: output folder is a file; choose another with -o\n")
    }

    @Test("UTF-16 with a byte order mark is named as UTF-16, with how to convert it (65)")
    func utf16() throws {
        let folder = try TemporaryDirectory()
        try (Data([0xFF, 0xFE]) + "Title\n\nBody text.\n".data(using: .utf16LittleEndian)!).write(to: folder.file("wide.txt"))
        let result = try DossierCommand.run(["build", "wide.txt", "-o", "out", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr == "dossier: error: wide.txt: UTF-16 text, not UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt\n")
    }

    @Test("a newline in a file name does not break the error line (65)")
    func newlineInFileName() throws {
        let folder = try TemporaryDirectory()
        try Data(" \n".utf8).write(to: folder.file("two\nlines.txt"))
        let result = try DossierCommand.run(["build", "two\nlines.txt", "-o", "out", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr == "dossier: error: two\\x0Alines.txt: article is empty\n")
    }

    @Test("a FIFO named as input is not waited on and says what it is (65)")
    func fifo() throws {
        let folder = try TemporaryDirectory()
        #expect(mkfifo(folder.file("pipe.txt").path, 0o644) == 0)
        let result = try DossierCommand.run(["build", "pipe.txt", "-o", "out", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr == "dossier: error: pipe.txt: cannot read: not a regular file (a FIFO); name an article file or a folder\n")
    }

    @Test("the README's exit-code table lists the codes --help lists")
    func exitCodesMatchReadme() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md"), encoding: .utf8)
        let table = readme.components(separatedBy: "### Exit codes")[1].components(separatedBy: "\n\n")[1]
        let documented = table.split(separator: "\n").compactMap { line in Int(line.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) ?? "") }
        let help = try DossierCommand.run(["--help"], in: URL(fileURLWithPath: "/")).stdout
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let summary = try #require(flat.components(separatedBy: "Exit codes: ").last)
        let listed = summary.split(separator: ";").compactMap { Int($0.split(separator: " ").first ?? "") }
        #expect(documented == [0, 1, 64, 65, 66, 73, 74, 75])
        #expect(listed == documented)
    }
}
