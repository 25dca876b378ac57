import DossierCore
import DossierKit
import Foundation
import TestSupport
import Testing

/// Outside exporters that misbehave cannot hang a build, outlive it, flood it or take a built-in's place.
@Suite("Outside exporters are bounded")
struct BoundedExporterTests {
    private let fixtures = Fixtures()
    private func program(_ name: String) -> String { fixtures.url("hostile-exporters/\(name)").path }

    private func exporter(_ program: String, timeLimit: Duration = .seconds(60)) -> OutsideExporter {
        OutsideExporter(name: "hostile", fileName: "out.txt", summary: "", command: [self.program(program)], timeLimit: timeLimit, origin: "test")
    }

    /// The PIDs of the children the fixture left, from the `.child` files beside its output.
    private func childPIDs(in folder: TemporaryDirectory) throws -> [pid_t] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".child") }.map {
            try #require(pid_t(try String(contentsOf: folder.file($0), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }

    /// Gone, or a zombie waiting for init to reap it: either way it no longer runs.
    private func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    private func expectStopped(_ pids: [pid_t]) async throws {
        for _ in 0..<100 where pids.contains(where: isRunning) { try await Task.sleep(for: .milliseconds(100)) }
        for pid in pids { #expect(!isRunning(pid), "child \(pid) outlived its exporter") }
    }

    @Test("the time limit stops the exporter and the child it started (failure 3)")
    func timeLimitKillsTheGroup() async throws {
        let folder = try TemporaryDirectory()
        let start = ContinuousClock.now
        #expect { try exporter("forks-and-hangs", timeLimit: .milliseconds(500)).export(SamplePackets.rich, into: folder.url) }
            throws: { "\($0)".contains("did not finish within 0.5 seconds") }
        #expect(ContinuousClock.now - start < .seconds(20))
        let children = try childPIDs(in: folder)
        #expect(children.count == 1)
        try await expectStopped(children)
    }

    @Test("an exporter that exits 0 leaving a child that holds its pipes does not hang the build (failure 3)")
    func lingeringChildDoesNotHang() async throws {
        let folder = try TemporaryDirectory()
        let start = ContinuousClock.now
        let result = try exporter("exits-leaving-child").export(SamplePackets.rich, into: folder.url)
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(try String(contentsOf: result.file, encoding: .utf8) == "done\n")
        try await expectStopped(try childPIDs(in: folder))
    }

    @Test("a slow --describe is given up on, and a build that does not name it never runs it (failure 3)")
    func slowDescribe() throws {
        let path = fixtures.url("hostile-exporters/slow-describe").path
        let start = ContinuousClock.now
        #expect { try OutsideExporter.describe(name: "slow", program: "\(path)/dossier-export-slow") }
            throws: { "\($0)".contains("did not answer --describe within 2.0 seconds") }
        let (_, request) = try BuildSettings(inputs: ["a.txt"], formats: ["json"]).resolve(environmentPath: path)
        #expect(request.formats == ["json"])
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test("stdout is not kept, stderr is cut at 1 MiB and its escape sequences are shown, not sent to the terminal (failure 3)")
    func floodsAreCapped() throws {
        let folder = try TemporaryDirectory()
        #expect {
            try exporter("noisy").export(SamplePackets.rich, into: folder.url)
        } throws: { error in
            let text = "\(error)"
            return text.contains("exited with status 1") && !text.contains("\u{1B}") && !text.contains("\u{07}")
                && text.contains(#"\x1B[31mred\x1B]0;title\x07 line "#) && text.contains("more bytes of stderr not shown")
                && text.utf8.count < 1 << 20
        }
    }

    @Test("an exporter's file over 64 MiB fails its format")
    func fileIsCapped() throws {
        let folder = try TemporaryDirectory()
        #expect { try exporter("huge").export(SamplePackets.rich, into: folder.url) }
            throws: { "\($0)".contains("more than the 64 MiB an outside exporter may write") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test("a program on PATH cannot take a built-in's file or name (failure 5)")
    func describedBuiltInFile() throws {
        let path = fixtures.url("hostile-exporters/claims-built-in").path
        #expect { try OutsideExporter.describe(name: "brief", program: "\(path)/dossier-export-brief") }
            throws: { "\($0)".contains("'brief.md' is the file of the built-in format 'markdown'") }
        let (exporters, problems) = OutsideExporter.discover(path: path)
        #expect(exporters.isEmpty)
        #expect(problems.map(\.code) == ["outside-exporter-undescribed", "outside-exporter-reserved"])
        #expect(problems.last?.message.hasSuffix("not used: 'json' is the name of a built-in format") == true)
        let (builder, request) = try BuildSettings(inputs: ["a.txt"], formats: ["json"]).resolve(environmentPath: path)
        #expect(try request.formats.map { try builder.registry.exporter(named: $0).fileName } == ["packet.json"])
    }

    @Test("a manifest's exporter cannot take a built-in's name or file, nor a file name outside the folder (failure 5)",
          arguments: [
              ("json: {command: [x], file: j.json}", "exporter 'json' is the name of a built-in format"),
              ("csv: {command: [x], file: brief.md}", "'brief.md' is the file of the built-in format 'markdown'"),
              ("csv: {command: [x], file: PACKET.JSON}", "is the file of the built-in format 'json'"),
              ("csv: {command: [x], file: ..}", "'..' is not a plain file name inside the output folder"),
              ("csv: {command: [x], file: .}", "'.' is not a plain file name inside the output folder"),
              ("csv: {command: [x], file: ''}", "'' is not a plain file name inside the output folder"),
              ("csv: {command: [x], file: ../x.csv}", "is not a plain file name inside the output folder"),
              ("csv: {command: [x], file: .dossier-lock}", "which Dossier keeps for its own files"),
              ("a: {command: [x], file: q.csv}\n  b: {command: [y], file: q.csv}", "is already the file of exporter 'a'"),
          ])
    func reservedInManifest(exporters: String, message: String) throws {
        let folder = try TemporaryDirectory()
        try "exporters:\n  \(exporters)\n".write(to: folder.file("dossier.yml"), atomically: true, encoding: .utf8)
        #expect { try ManifestReader.read(folder.file("dossier.yml").path) } throws: { "\($0)".contains(message) }
    }
}
