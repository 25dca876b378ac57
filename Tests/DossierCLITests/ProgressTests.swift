import Foundation
import TestSupport
import Testing

/// What `dossier build` shows while it works: a line redrawn in place on a terminal, a plain line per
/// stage in a log, nothing with --quiet.
@Suite("Progress")
struct ProgressTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.file("articles"), withIntermediateDirectories: true)
        for number in 1...3 {
            try Data("Report \(number)\n\nThe council met on Monday and agreed to the plan, officials said.\n".utf8)
                .write(to: folder.file("articles/report-\(number).txt"))
        }
    }

    /// Runs `dossier ARGUMENTS` with stderr on a pseudo-terminal and returns what the terminal received.
    func runOnTerminal(_ arguments: [String]) throws -> (status: Int32, screen: String) {
        let script = """
            import json, os, pty, subprocess, sys
            master, slave = pty.openpty()
            child = subprocess.Popen(sys.argv[2:], cwd=sys.argv[1], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
            os.close(slave)
            received = b''
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                received += chunk
            print(json.dumps({'status': child.wait(), 'screen': received.decode('utf-8', 'replace')}))
            """
        let result = try Validators.python(script, arguments: [folder.url.path, try DossierCommand.executable.path] + arguments)
        try #require(result.status == 0, "\(result.stderr)")
        struct Run: Decodable { let status: Int32; let screen: String }
        let run = try JSONDecoder().decode(Run.self, from: Data(result.stdout.utf8))
        return (run.status, run.screen)
    }

    @Test func aTerminalSeesOneLineRedrawnInPlaceThenTheSummary() throws {
        let (status, screen) = try runOnTerminal(["build", "articles", "--date", "2024-01-15"])
        #expect(status == 0, "\(screen)")
        let redraw = "\r\u{1B}[2K"
        let frames = screen.components(separatedBy: redraw).filter { !$0.isEmpty }
        #expect(frames.first?.hasPrefix("dossier: reading 3 articles · ") == true, "\(frames)")
        #expect(frames.contains { $0.hasPrefix("dossier: analysing 3 articles · ") }, "\(frames)")
        #expect(frames.contains { $0.hasPrefix("dossier: writing brief.md, factsheet.xlsx, reading-pack.epub, brief.docx, brief.html, packet.json · ") }, "\(frames)")
        // Each frame ends with the time so far; the summary comes after the line is cleared.
        #expect(frames.dropLast().allSatisfy { $0.range(of: #" · \d+\.\d s$"#, options: .regularExpression) != nil }, "\(frames)")
        let summary = try #require(frames.last)
        #expect(summary.range(of: #"^dossier: wrote packet/brief.md, packet/factsheet.xlsx, packet/reading-pack.epub, packet/brief.docx, packet/brief.html, packet/packet.json from 3 articles in \d+\.\d s\r?\n$"#,
                               options: .regularExpression) != nil, "\(summary.debugDescription)")
    }

    @Test func aLogGetsOnePlainLinePerStage() throws {
        let result = try DossierCommand.run(["build", "articles", "--date", "2024-01-15", "-f", "md", "-f", "json"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(Array(lines.dropLast()) == ["dossier: reading 3 articles", "dossier: analysing 3 articles", "dossier: writing brief.md, packet.json"])
        #expect(lines.last?.hasPrefix("dossier: wrote packet/brief.md, packet/packet.json from 3 articles in ") == true)
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test func quietShowsNothingEvenOnATerminal() throws {
        let (status, screen) = try runOnTerminal(["build", "articles", "--date", "2024-01-15", "--quiet"])
        #expect(status == 0)
        #expect(screen.isEmpty, "\(screen.debugDescription)")
    }
}
