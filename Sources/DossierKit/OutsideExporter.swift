import DossierCore
import Foundation

/// A format written by another program, so people add formats without forking Dossier.
///
/// The program reads `packet.json` on stdin and writes one file at the path given as `--output PATH`.
/// It runs with a time limit; its stderr is shown when it fails; its output is written atomically like
/// every other format's. It is found either in `dossier.yml` or as `dossier-export-NAME` on `PATH`
/// (the way git finds `git-NAME`); such a program answers `--describe` with a JSON object
/// `{"fileName": "quotes.csv", "summary": "…"}`.
public struct OutsideExporter: Exporter {
    public let name: String
    public let fileName: String
    public let summary: String
    /// The program and its leading arguments.
    public var command: [String]
    public let timeLimit: Duration
    /// Where it was declared, for `dossier formats`: "dossier.yml" or the program's path.
    public let origin: String

    public init(name: String, fileName: String, summary: String, command: [String],
                timeLimit: Duration = .seconds(60), origin: String) {
        self.name = name
        self.fileName = fileName
        self.summary = summary
        self.command = command
        self.timeLimit = timeLimit
        self.origin = origin
    }

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        let input = try JSONExporter.encode(packet)
        let result = try ChildProcess.run(command + ["--output", file.path], input: input, timeLimit: timeLimit)
        let program = command[0]
        switch result.ending {
        case .timedOut:
            throw DossierKitError.outsideExporterFailed(name: name, reason: "\(program) did not finish within \(timeLimit)", stderr: result.stderr)
        case .exited(let status) where status != 0:
            throw DossierKitError.outsideExporterFailed(name: name, reason: "\(program) exited with status \(status)", stderr: result.stderr)
        case .signalled(let signal):
            throw DossierKitError.outsideExporterFailed(name: name, reason: "\(program) was killed by signal \(signal)", stderr: result.stderr)
        case .exited:
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
            guard let size, size > 0 else {
                throw DossierKitError.outsideExporterFailed(name: name, reason: "\(program) wrote no output file", stderr: result.stderr)
            }
            return []
        }
    }
}

extension OutsideExporter {
    static let programPrefix = "dossier-export-"

    /// Every `dossier-export-NAME` on `PATH` that answers `--describe`, first one on PATH winning.
    /// Programs that do not answer are reported, not guessed at.
    public static func discover(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> (exporters: [OutsideExporter], problems: [Diagnostic]) {
        var found: [OutsideExporter] = []
        var problems: [Diagnostic] = []
        for (name, program) in programNames(onPath: path) {
            do {
                found.append(try describe(name: name, program: program))
            } catch {
                problems.append(Diagnostic(.warning, code: "outside-exporter-undescribed", "\(error)", file: program))
            }
        }
        return (found.sorted { $0.name < $1.name }, problems)
    }

    private struct Description: Decodable {
        var fileName: String
        var summary: String
    }

    /// Asks `program --describe` for its file name and summary.
    public static func describe(name: String, program: String) throws -> OutsideExporter {
        let result = try ChildProcess.run([program, "--describe"], input: Data(), timeLimit: .seconds(5))
        guard case .exited(0) = result.ending,
              let description = try? JSONDecoder().decode(Description.self, from: result.stdout),
              !description.fileName.isEmpty, !description.fileName.contains("/") else {
            throw DossierKitError.outsideExporterFailed(
                name: name, reason: "\(program) does not answer --describe with {\"fileName\": …, \"summary\": …}", stderr: result.stderr)
        }
        return OutsideExporter(name: name, fileName: description.fileName, summary: description.summary,
                               command: [program], origin: program)
    }
}
