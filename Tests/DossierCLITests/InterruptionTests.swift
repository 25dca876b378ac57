import Foundation
import TestSupport
import Testing

/// A build stopped by SIGTERM takes its outside exporters and its staging folder with it (failures 3 and 7).
@Suite("Interruption")
struct InterruptionTests {
    /// Still running: neither gone nor a zombie waiting to be reaped.
    private func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    private func pid(in file: URL) -> pid_t? {
        (try? String(contentsOf: file, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    @Test("SIGTERM during a build kills the exporter's process group and moves nothing into place")
    func terminatedBuild() async throws {
        let folder = try TemporaryDirectory()
        try Data("A title\n\nA body paragraph that says something.\n".utf8).write(to: folder.file("a.txt"))
        try "#!/bin/sh\nsleep 600 &\necho $! > child.pid\necho $$ > exporter.pid\nexec sleep 600\n"
            .write(to: folder.file("hang.sh"), atomically: true, encoding: .utf8)
        chmod(folder.file("hang.sh").path, 0o755)
        try """
            inputs: [a.txt]
            output: out
            formats: [json, hang]
            exporters:
              hang: {command: [./hang.sh], file: hang.txt, timeout: 3600}
            """.write(to: folder.file("dossier.yml"), atomically: true, encoding: .utf8)

        // The exporter's own time limit is far away, so only the signal can end it, however late a
        // loaded test run gets to sending it.
        let build = Process()
        build.executableURL = try DossierCommand.executable
        build.arguments = ["build", "--date", "2021-09-26", "--quiet"]
        build.currentDirectoryURL = folder.url
        build.standardError = FileHandle.nullDevice
        try build.run()
        for _ in 0..<200 where pid(in: folder.file("child.pid")) == nil || pid(in: folder.file("exporter.pid")) == nil {
            try await Task.sleep(for: .milliseconds(100))
        }
        let exporter = try #require(pid(in: folder.file("exporter.pid"))), child = try #require(pid(in: folder.file("child.pid")))
        build.terminate()
        build.waitUntilExit()
        // Killed by the signal, or (when the main thread saw its exporter die first) not reported complete.
        #expect(build.terminationReason == .uncaughtSignal || build.terminationStatus != 0)
        for _ in 0..<100 where isRunning(exporter) || isRunning(child) { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!isRunning(exporter))
        #expect(!isRunning(child))
        // Nothing of the interrupted build is in place; a staging folder that a file being written at that
        // instant kept alive is gone after the next build.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path)
        #expect(left.allSatisfy { $0 == ".dossier-lock" || $0.hasPrefix(".dossier-staging-") }, "\(left)")
        let next = try DossierCommand.run(["build", "a.txt", "-o", "out", "-f", "json", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out").path).sorted() == [".dossier-lock", "packet.json"])
    }
}
