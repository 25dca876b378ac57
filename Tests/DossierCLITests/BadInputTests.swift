import Foundation
import TestSupport
import Testing

/// Each bad input gives a one-line error naming the path and the reason, a documented exit code,
/// and no output at all.
@Suite("Bad input")
struct BadInputTests {
    private func expectFailure(
        _ arguments: [String], setUp: (TemporaryDirectory) throws -> Void = { _ in },
        status: Int32, message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let folder = try TemporaryDirectory()
        try setUp(folder)
        // Quiet, so that stderr holds only what the user must read: the one error line.
        let result = try DossierCommand.run(["build"] + arguments + ["-o", "out", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == status, sourceLocation: sourceLocation)
        #expect(result.stderr == "dossier: error: \(message)\n", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: folder.file("out").path), "no output folder may be written",
                sourceLocation: sourceLocation)
    }

    private static func write(_ text: String, to name: String, in folder: TemporaryDirectory) throws {
        try FileManager.default.createDirectory(at: folder.file(name).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.file(name))
    }

    @Test func missingPath() throws {
        try expectFailure(["nowhere/article.txt"], status: 66, message: "nowhere/article.txt: no such file or folder")
    }

    @Test func folderWithoutArticles() throws {
        try expectFailure(["notes"], setUp: { try Self.write("not an article", to: "notes/readme.pdf", in: $0) },
                          status: 65, message: "notes: folder has no articles (.txt, .md, .html or feed files)")
    }

    @Test func emptyFile() throws {
        try expectFailure(["empty.txt"], setUp: { try Self.write(" \n\n \n", to: "empty.txt", in: $0) },
                          status: 65, message: "empty.txt: article is empty")
    }

    @Test func binaryFile() throws {
        try expectFailure(["image.txt"], setUp: { try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: $0.file("image.txt")) },
                          status: 65, message: "image.txt: not a text file (it contains NUL bytes)")
    }

    @Test func invalidUTF8() throws {
        try expectFailure(["latin1.txt"], setUp: { try Data("Caf".utf8 + [0xE9] + " au lait\n".utf8).write(to: $0.file("latin1.txt")) },
                          status: 65, message: "latin1.txt: not valid UTF-8 (first bad byte at offset 3); save it as UTF-8")
    }

    @Test func unknownFormat() throws {
        try expectFailure(["a.txt", "-f", "mardown"], setUp: { try Self.write("Title\n\nBody text here.\n", to: "a.txt", in: $0) },
                          status: 64, message: "unknown format 'mardown'. Did you mean 'markdown'? Known formats: markdown, xlsx, epub, docx, html, json.")
    }

    @Test func badDate() throws {
        let folder = try TemporaryDirectory()
        try Self.write("Title\n\nBody text here.\n", to: "a.txt", in: folder)
        let result = try DossierCommand.run(["build", "a.txt", "-o", "out", "--date", "26/09/2021"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr == "dossier: error: invalid date '26/09/2021': expected YYYY-MM-DD, e.g. 2021-09-25\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out").path))
    }

    @Test func outputIsAFile() throws {
        let folder = try TemporaryDirectory()
        try Self.write("Title\n\nBody text here.\n", to: "a.txt", in: folder)
        try Self.write("keep me", to: "out", in: folder)
        let result = try DossierCommand.run(["build", "a.txt", "-o", "out", "--date", "2021-09-26"], in: folder.url)
        #expect(result.status == 73)
        #expect(result.stderr == "dossier: error: out: output folder is a file; choose another with -o\n")
        #expect(try String(contentsOf: folder.file("out"), encoding: .utf8) == "keep me")
    }

    @Test("one bad article among good ones: the packet is built, the bad one reported, exit 1")
    func partial() throws {
        let folder = try TemporaryDirectory()
        try Self.write("Good title\n\nThe first good article has a body.\n", to: "in/a-good.txt", in: folder)
        try Data("Caf".utf8 + [0xE9] + "\n".utf8).write(to: folder.file("in/b-bad.txt"))
        try Self.write("Another title\n\nThe second good article has a body too.\n", to: "in/c-good.txt", in: folder)
        let result = try DossierCommand.run(["build", "in", "-o", "out", "-f", "json", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr == "in/b-bad.txt: error: skipped: in/b-bad.txt: not valid UTF-8 (first bad byte at offset 3); save it as UTF-8\n")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("out/packet.json"))) as? [String: Any]
        let articles = try #require(json?["articles"] as? [[String: Any]])
        #expect(articles.map { $0["source"] as? String } == ["in/a-good.txt", "in/c-good.txt"])
        let diagnostics = try #require(json?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["file"] as? String } == ["in/b-bad.txt"])
    }
}

@Suite("Build date")
struct BuildDateTests {
    @Test("a SOURCE_DATE_EPOCH that is not whole seconds is a usage error saying what it wants")
    func badSourceDateEpoch() throws {
        let folder = try TemporaryDirectory()
        try Data("Title\n\nBody text here.\n".utf8).write(to: folder.file("a.txt"))
        let result = try DossierCommand.run(["build", "a.txt", "-o", "out"], in: folder.url, environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(result.status == 64)
        #expect(result.stderr == "dossier: error: invalid SOURCE_DATE_EPOCH 'yesterday': expected whole seconds since 1970-01-01 up to the year 9999, e.g. 1632614400\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out").path))
    }
}
