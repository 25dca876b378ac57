// Reads and extracts web pages already on disk, one after another on one core, and prints pages per CPU
// second and peak memory: the speed measure of issue 15 (reading the web).
//   dossier-web-pages [ROUNDS] PAGE…
import DossierAssembly
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
let rounds = arguments.first.flatMap(Int.init).map { _ in Int(arguments.removeFirst())! } ?? 3
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: dossier-web-pages [ROUNDS] PAGE…\n".utf8))
    exit(64)
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

var failures = 0
var words = 0
let start = cpuSeconds()
let wallStart = Date()
for _ in 0..<rounds {
    for page in arguments {
        do {
            words += try ArticleReader.readAll(path: page).reduce(0) { $0 + $1.article.wordCount }
        } catch {
            failures += 1
        }
    }
}
let cpu = cpuSeconds() - start
let wall = Date().timeIntervalSince(wallStart)
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let pages = arguments.count * rounds
print(String(format: "%d pages (%d × %d), %d unreadable: %.3f CPU s, %.3f wall s, %.0f pages per CPU second, peak RSS %.1f MiB, %d words",
             pages, arguments.count, rounds, failures / rounds, cpu, wall, Double(pages) / cpu, Double(usage.ru_maxrss) / 1024, words / rounds))
