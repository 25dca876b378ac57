import Foundation
import Testing

/// Files under a test target's `Fixtures/` folder, found from the test's source path so that goldens
/// are re-recorded into the repository, not into a build copy.
public struct Fixtures: Sendable {
    public let directory: URL

    /// `Fixtures(#filePath)` from any file directly inside the test target.
    public init(_ testFile: String = #filePath) {
        directory = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    public func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    public func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    /// Compares `actual` with the golden file `name`. With `DOSSIER_RECORD_GOLDENS=1` it writes the
    /// golden instead (and the test still fails, so a recording is never mistaken for a pass).
    public func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = url(name)
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded golden \(name); run again without DOSSIER_RECORD_GOLDENS", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("missing golden \(golden.path); record it with DOSSIER_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end of file>"
            let got = line < b.count ? String(b[line]) : "<end of file>"
            Issue.record("\(name) differs from its golden at line \(line + 1):\n  golden: \(want)\n  actual: \(got)\n(re-record on purpose with DOSSIER_RECORD_GOLDENS=1)",
                         sourceLocation: sourceLocation)
        }
    }
}

/// A fresh folder under the system temporary folder, removed when the test is done with it.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}
