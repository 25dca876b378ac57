import DossierCore
import DossierKit
import Foundation
import TestSupport
import Testing

/// A packet folder only ever holds the files of one build.
@Suite("Whole-packet commits")
struct PacketCommitTests {
    private static let articles = Fixtures().url("commit-articles").path

    private func request(into folder: TemporaryDirectory, formats: [String] = ["markdown", "json"]) -> BuildRequest {
        BuildRequest(inputs: [Self.articles], outputDirectory: folder.url.path, formats: formats, date: PacketDate("2021-09-26")!)
    }

    @Test("a second build of a folder that is being written fails at once, naming the folder (failure 8)")
    func concurrentBuildIsRefused() throws {
        let folder = try TemporaryDirectory()
        let lock = open(folder.file(".dossier-lock").path, O_RDWR | O_CREAT, 0o644)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        #expect { try PacketBuilder().build(request(into: folder)) } throws: { error in
            guard case DossierKitError.outputLocked = error else { return false }
            return "\(error)".hasSuffix(": another dossier build is writing this folder; wait for it to finish, or choose another folder with -o")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [".dossier-lock"])
        flock(lock, LOCK_UN)
        #expect(try PacketBuilder().build(request(into: folder)).outputs.count == 2)
    }

    @Test("what killed runs left (staging folders, temporary files old and new) is removed by the next build (failure 7)")
    func leftoversAreRemoved() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.file(".dossier-staging-976-12345"), withIntermediateDirectories: true)
        for name in [".dossier-staging-976-12345/brief.md", ".factsheet.xlsx.976.tmp", ".dossier-tmp-977-packet.json", ".keep-me", "notes.txt"] {
            try Data("left".utf8).write(to: folder.file(name))
        }
        _ = try PacketBuilder().build(request(into: folder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
            == [".dossier-lock", ".keep-me", "brief.md", "notes.txt", "packet.json"])
    }

    @Test("a failing outside exporter fails only its format, and its earlier file goes rather than mixing builds")
    func failedOutsideFormat() throws {
        let folder = try TemporaryDirectory()
        try Data("from an earlier build".utf8).write(to: folder.file("fails.txt"))
        var registry = ExporterRegistry.standard()
        registry.register(OutsideExporter(name: "fails", fileName: "fails.txt", summary: "",
                                          command: [Fixtures().url("exporters/dossier-export-fails").path], origin: "test"))
        let report = try PacketBuilder(registry: registry).build(request(into: folder, formats: ["json", "fails"]))
        #expect(report.status == .partial)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [".dossier-lock", "packet.json"])
    }
}
