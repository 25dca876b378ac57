// package-benchmark suite: assembly and each exporter alone on the 1,000-article corpus,
// with wall time, malloc count and peak resident memory.
// Run from scripts/benchmarks: swift package --scratch-path ../../.build-bench/swift benchmark
import Benchmark
import DossierBenchSupport
import DossierCore
import Foundation

let corpusSize = 1_000

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(15),
        maxIterations: 10
    )

    Benchmark("Assembly (\(corpusSize) articles)") { benchmark, corpus in
        for _ in benchmark.scaledIterations {
            do {
                blackHole(try BuildStages.assemble(corpus))
            } catch {
                benchmark.error("assembly: \(error)")
            }
        }
    } setup: {
        try BenchCorpus.folder(count: corpusSize)
    }

    for exporter in BuildStages.exporters {
        Benchmark("Export \(exporter.name) (\(corpusSize) articles)") { benchmark, input in
            for _ in benchmark.scaledIterations {
                do {
                    try BuildStages.export(input.packet, with: exporter, into: input.output)
                } catch {
                    benchmark.error("\(exporter.name): \(error)")
                }
            }
        } setup: {
            try ExportInput(corpus: BenchCorpus.folder(count: corpusSize))
        }
    }
}

/// An assembled packet and a folder to write it into, made before measuring starts. The folder is the
/// same for every run (each format overwrites its own file), so runs leave nothing behind.
struct ExportInput {
    let packet: Packet
    let output: URL

    init(corpus: String) throws {
        packet = try BuildStages.assemble(corpus)
        output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-benchmarks")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }
}
