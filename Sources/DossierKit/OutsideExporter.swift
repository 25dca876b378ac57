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

    /// The largest file an outside exporter may write.
    public static let maximumFileBytes = 64 << 20
    /// How much of an exporter's stderr is kept to show.
    static let maximumStderrBytes = 1 << 20

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        let input = try JSONExporter.encode(packet)
        let result = ChildProcess.run(command + ["--output", file.path], input: input, timeLimit: timeLimit,
                                      outputLimit: 0, stderrLimit: Self.maximumStderrBytes)
        let program = command[0]
        func failure(_ reason: String) -> DossierKitError {
            .outsideExporterFailed(name: name, reason: reason, stderr: Self.shown(result))
        }
        switch result.ending {
        case .notStarted(let reason): throw failure(reason)
        case .timedOut: throw failure("\(program) did not finish within \(timeLimit)")
        case .exited(let status) where status != 0: throw failure("\(program) exited with status \(status)")
        case .signalled(let signal): throw failure("\(program) was killed by signal \(signal)")
        case .exited:
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
            guard let size, size > 0 else { throw failure("\(program) wrote no output file") }
            guard size <= Self.maximumFileBytes else {
                throw failure("\(program) wrote \(size) bytes, more than the \(Self.maximumFileBytes >> 20) MiB an outside exporter may write")
            }
            return []
        }
    }

    /// The program's stderr, safe to print, with a note of what was cut.
    private static func shown(_ result: ChildProcess.Result) -> String {
        let text = VisibleText.lines(result.stderr)
        return result.droppedStderr == 0 ? text : text + "\n(\(result.droppedStderr) more bytes of stderr not shown)"
    }
}

extension OutsideExporter {
    static let programPrefix = "dossier-export-"

    /// How long `--describe` may take: it only prints a line of JSON.
    static let describeTimeLimit: Duration = .seconds(2)

    /// Every `dossier-export-NAME` on `PATH` that answers `--describe`, first one on PATH winning.
    /// Programs that do not answer, or claim a built-in's name or file, are reported, not guessed at.
    public static func discover(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> (exporters: [OutsideExporter], problems: [Diagnostic]) {
        var found: [String: OutsideExporter] = [:]
        var problems: [Diagnostic] = []
        for (name, program) in programs(onPath: path) where found[name] == nil {
            if let problem = ExporterNames.problem(withName: name) {
                problems.append(Diagnostic(.warning, code: "outside-exporter-reserved", "\(program): not used: \(problem)", file: program))
                continue
            }
            do {
                found[name] = try describe(name: name, program: program)
            } catch {
                problems.append(Diagnostic(.warning, code: "outside-exporter-undescribed", "\(error)", file: program))
            }
        }
        return (found.values.sorted { $0.name < $1.name }, problems)
    }

    /// The program `dossier-export-NAME` first on `PATH`, described, or nil when there is none.
    public static func find(name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) throws -> OutsideExporter? {
        guard ExporterNames.problem(withName: name) == nil,
              let program = programs(onPath: path).first(where: { $0.name == name })?.program else { return nil }
        return try describe(name: name, program: program)
    }

    /// Executable `dossier-export-*` programs on `PATH`, in PATH order then by name.
    static func programs(onPath path: String?) -> [(name: String, program: String)] {
        var programs: [(name: String, program: String)] = []
        for directory in (path ?? "").split(separator: ":").map(String.init) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for program in names.sorted() where program.hasPrefix(programPrefix) {
                let name = String(program.dropFirst(programPrefix.count))
                let full = "\(directory)/\(program)"
                guard !name.isEmpty, FileManager.default.isExecutableFile(atPath: full) else { continue }
                programs.append((name, full))
            }
        }
        return programs
    }

    private struct Description: Decodable {
        var fileName: String
        var summary: String
    }

    /// Asks `program --describe` for its file name and summary, within a short time limit.
    public static func describe(name: String, program: String) throws -> OutsideExporter {
        let result = ChildProcess.run([program, "--describe"], input: Data(), timeLimit: describeTimeLimit,
                                      outputLimit: 64 << 10, stderrLimit: 4 << 10)
        let stderr = VisibleText.lines(result.stderr)
        if result.ending == .timedOut {
            throw DossierKitError.outsideExporterFailed(name: name, reason: "\(program) did not answer --describe within \(describeTimeLimit)", stderr: stderr)
        }
        guard case .exited(0) = result.ending,
              let description = try? JSONDecoder().decode(Description.self, from: result.stdout) else {
            throw DossierKitError.outsideExporterFailed(
                name: name, reason: "\(program) does not answer --describe with {\"fileName\": …, \"summary\": …}", stderr: stderr)
        }
        if let problem = ExporterNames.problem(withFileName: description.fileName) {
            throw DossierKitError.outsideExporterFailed(name: name, reason: "\(program) --describe names its file \(problem)", stderr: "")
        }
        return OutsideExporter(name: name, fileName: description.fileName, summary: VisibleText.line(description.summary),
                               command: [program], origin: program)
    }
}
