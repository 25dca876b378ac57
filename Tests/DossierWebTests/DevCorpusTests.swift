import DossierCore
import Foundation
import Testing
@testable import DossierWeb

/// The extraction targets on the 130 development pages, against Readability.js's expected output.
@Suite struct DevCorpusTests {
    static func corpus() throws -> DevCorpus { try DevCorpus.shared.get() }

    @Test func titlesMatchExactlyAfterWhiteSpace() throws {
        let result = try Self.corpus().agreement("title", \.title) { DevCorpus.normalized($0) == DevCorpus.normalized($1) }
        print("dev pages: title \(result.share)")
        if ProcessInfo.processInfo.environment["DOSSIER_WEB_VERBOSE"] != nil { print(result.misses.joined(separator: "\n")) }
        #expect(result.share >= 0.95, "title \(result.share)\n\(result.misses.joined(separator: "\n"))")
    }

    @Test func bylinesMatch() throws {
        let result = try Self.corpus().agreement("byline", \.byline) { DevCorpus.normalized($0) == DevCorpus.normalized($1) }
        print("dev pages: byline \(result.share)")
        if ProcessInfo.processInfo.environment["DOSSIER_WEB_VERBOSE"] != nil { print(result.misses.joined(separator: "\n")) }
        #expect(result.share >= 0.85, "byline \(result.share)\n\(result.misses.joined(separator: "\n"))")
    }

    @Test func datesFallOnTheSameDay() throws {
        let result = try Self.corpus().agreement("publishedTime", { $0.date?.description }) { got, expected in
            !got.isEmpty && WebDate.day(expected)?.description == got
        }
        print("dev pages: date \(result.share)")
        if ProcessInfo.processInfo.environment["DOSSIER_WEB_VERBOSE"] != nil { print(result.misses.joined(separator: "\n")) }
        #expect(result.share >= 0.90, "date \(result.share)\n\(result.misses.joined(separator: "\n"))")
    }

    @Test func bodyTextF1() throws {
        let corpus = try Self.corpus()
        let score = corpus.bodyF1
        let worst = corpus.pages.sorted { $0.precision + $0.recall < $1.precision + $1.recall }.prefix(15)
            .map { "\($0.name): P \(String(format: "%.2f", $0.precision)) R \(String(format: "%.2f", $0.recall))" }
        print("dev pages: body P \(score.precision) R \(score.recall) F1 \(score.f1)")
        if ProcessInfo.processInfo.environment["DOSSIER_WEB_VERBOSE"] != nil { print(worst.joined(separator: "\n")) }
        #expect(score.f1 >= 0.94, "P \(score.precision) R \(score.recall) F1 \(score.f1)\n\(worst.joined(separator: "\n"))")
    }
}
