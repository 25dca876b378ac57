import Foundation

/// The synthetic corpora the benchmarks read, written by `scripts/make-corpus`.
public enum BenchCorpus {
    /// The folder of a corpus of `count` articles: `DOSSIER_BENCH_CORPUS` when it is set, otherwise a
    /// corpus made once (by seed, so always the same bytes) in the temporary folder and reused until
    /// `make-corpus` changes.
    public static func folder(count: Int, seed: String = "9") throws(BenchError) -> String {
        if let given = ProcessInfo.processInfo.environment["DOSSIER_BENCH_CORPUS"], !given.isEmpty { return given }
        guard let generator = FileManager.default.contents(atPath: makeCorpus.path) else {
            throw .corpus(path: makeCorpus.path, reason: "cannot read the generator")
        }
        let version = String(fnv1a(generator), radix: 16)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-corpus-\(count)-seed\(seed)-\(version)")
        if FileManager.default.fileExists(atPath: folder.path) { return folder.path }

        // Written under another name and renamed when complete, so an interrupted run leaves no half corpus.
        let partial = folder.appendingPathExtension("partial")
        try? FileManager.default.removeItem(at: partial)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", makeCorpus.path, partial.path, "--count", String(count), "--seed", seed]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw .corpus(path: makeCorpus.path, reason: "cannot run python3: \(error.localizedDescription)")
        }
        guard process.terminationStatus == 0 else {
            throw .corpus(path: makeCorpus.path, reason: "exited with status \(process.terminationStatus)")
        }
        do {
            try FileManager.default.moveItem(at: partial, to: folder)
        } catch {
            throw .corpus(path: folder.path, reason: error.localizedDescription)
        }
        return folder.path
    }

    /// FNV-1a, 64 bits: enough to tell one version of the generator from another.
    static func fnv1a(_ bytes: Data) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// `scripts/make-corpus`, found from this file's place in the repository.
    static var makeCorpus: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // DossierBenchSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // benchmarks
            .deletingLastPathComponent()  // scripts
            .appendingPathComponent("make-corpus")
    }
}
