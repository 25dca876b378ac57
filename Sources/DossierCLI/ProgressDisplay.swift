import DossierKit
import Foundation

/// Shows a build's progress on stderr. On a terminal, one line redrawn in place (at most ten times
/// a second) with the count, the rate and the time so far; otherwise one plain line per stage, which
/// reads well in a log; with `--quiet`, nothing.
final class ProgressDisplay: @unchecked Sendable {
    enum Style {
        case terminal, plain, silent
    }

    private let style: Style
    private let lock = NSLock()
    private let start = Date()
    private var stageStart = Date()
    private var lastDraw = Date.distantPast
    private var lineShown = false

    init(style: Style) {
        self.style = style
    }

    var elapsed: TimeInterval { Date().timeIntervalSince(start) }

    func show(_ progress: BuildProgress) {
        lock.withLock {
            switch style {
            case .silent:
                return
            case .plain:
                if progress.startsStage { Terminal.printToStderr("dossier: \(progress)") }
            case .terminal:
                let now = Date()
                if progress.startsStage { stageStart = now }
                // Counters move fast on all cores; a stage's first event is always drawn.
                guard progress.startsStage || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
                lastDraw = now
                lineShown = true
                Terminal.writeToStderr("\r\u{1B}[2K" + "dossier: \(progress)\(rate(progress, now: now)) · \(Self.seconds(now.timeIntervalSince(start)))")
            }
        }
    }

    /// Clears the progress line, so what follows starts on a clean line.
    func finish() {
        lock.withLock {
            if lineShown { Terminal.writeToStderr("\r\u{1B}[2K") }
            lineShown = false
        }
    }

    private func rate(_ progress: BuildProgress, now: Date) -> String {
        guard case .reading(let done, _) = progress, done > 0 else { return "" }
        let seconds = now.timeIntervalSince(stageStart)
        return seconds > 0 ? " · \(Int((Double(done) / seconds).rounded())) articles/s" : ""
    }

    static func seconds(_ interval: TimeInterval) -> String {
        String(format: "%.1f s", interval)
    }
}
