// Times each stage of a build in one process, for scripts/bench (which also times the whole command).
// Usage: dossier-stages CORPUS [--runs N]
// Prints one tab-separated line per stage: stage, median wall seconds, min, max, median CPU seconds
// (user + system, all threads), growth of the process's peak RSS during the stage's first run (KiB),
// and "ok" or the error.
import DossierBenchSupport
import DossierCore
import Foundation

func resourceUsage() -> rusage {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage
}

func cpuSeconds(_ usage: rusage) -> Double {
    Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double {
    values.isEmpty ? 0 : values.sorted()[values.count / 2]
}

struct StageTimes {
    var walls: [Double] = []
    var cpus: [Double] = []
    var peakGrowthKiB = 0
    var failure: String?

    var line: String {
        let status = failure.map { "failed: " + $0.split(whereSeparator: \.isNewline).joined(separator: " ") } ?? "ok"
        return String(format: "%.4f\t%.4f\t%.4f\t%.4f\t%d\t", median(walls), walls.min() ?? 0, walls.max() ?? 0,
                      median(cpus), peakGrowthKiB) + status
    }

    /// Runs `body` once, timed; the first run also records how much it raised the peak RSS.
    mutating func measure<T>(_ body: () throws -> T) -> T? {
        let before = resourceUsage()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let result = try body()
            walls.append(seconds(clock.now - start))
            let after = resourceUsage()
            cpus.append(cpuSeconds(after) - cpuSeconds(before))
            if walls.count == 1 { peakGrowthKiB = after.ru_maxrss - before.ru_maxrss }
            return result
        } catch {
            failure = "\(error)"
            return nil
        }
    }
}

func parseArguments() throws(BenchError) -> (corpus: String, runs: Int) {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let usage = BenchError.usage("usage: dossier-stages CORPUS [--runs N]")
    guard let corpus = arguments.first else { throw usage }
    guard arguments.count == 1 || arguments.count == 3 else { throw usage }
    guard arguments.count == 3 else { return (corpus, 5) }
    guard arguments[1] == "--runs", let runs = Int(arguments[2]), runs > 0 else { throw usage }
    return (corpus, runs)
}

do {
    let (corpus, runs) = try parseArguments()
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-stages-\(getpid())")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: output) }

    let exporters = BuildStages.exporters
    var assembly = StageTimes()
    var exports = Array(repeating: StageTimes(), count: exporters.count)
    for _ in 0..<runs {
        guard let packet = assembly.measure({ try BuildStages.assemble(corpus) }) else { break }
        for (index, exporter) in exporters.enumerated() where exports[index].failure == nil {
            _ = exports[index].measure { try BuildStages.export(packet, with: exporter, into: output) }
        }
    }
    print("assembly\t" + assembly.line)
    for (exporter, times) in zip(exporters, exports) { print("\(exporter.name)\t" + times.line) }
} catch {
    FileHandle.standardError.write(Data("dossier-stages: \(error)\n".utf8))
    exit(1)
}
