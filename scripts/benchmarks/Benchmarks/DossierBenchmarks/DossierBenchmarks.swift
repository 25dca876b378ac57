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

    // Quote marking must stay one pass per paragraph (issue 17): these took seconds to minutes when it was not.
    let epub = BuildStages.exporters.first { $0.name == "epub" }!
    Benchmark("Export epub (5,000 quotes in one paragraph)") { benchmark, input in
        for _ in benchmark.scaledIterations {
            do {
                try BuildStages.export(input.packet, with: epub, into: input.output)
            } catch {
                benchmark.error("epub: \(error)")
            }
        }
    } setup: {
        try ExportInput(packet: QuoteHeavyPackets.quotesInOneParagraph(5_000))
    }

    Benchmark("Export epub (one 4 MB one-line article)") { benchmark, input in
        for _ in benchmark.scaledIterations {
            do {
                try BuildStages.export(input.packet, with: epub, into: input.output)
            } catch {
                benchmark.error("epub: \(error)")
            }
        }
    } setup: {
        try ExportInput(corpus: QuoteHeavyPackets.oneLineArticle(bytes: 4 << 20))
    }
}

/// An assembled packet and a folder to write it into, made before measuring starts. The folder is the
/// same for every run (each format overwrites its own file), so runs leave nothing behind.
struct ExportInput {
    let packet: Packet
    let output: URL

    init(corpus: String) throws {
        try self.init(packet: BuildStages.assemble(corpus))
    }

    init(packet: Packet) throws {
        self.packet = packet
        output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-benchmarks")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }
}
