import Foundation

/// What a build has under way that must not outlive it: outside exporters' process groups and staging
/// folders. A program that stops on SIGINT or SIGTERM calls ``abandonRunningBuilds()`` first, so that
/// neither an orphaned exporter nor a staging folder is left behind.
public enum Interruption {
    private final class Running: @unchecked Sendable {
        let lock = NSLock()
        var groups: Set<pid_t> = []
        var folders: Set<URL> = []
        var abandoned = false
    }

    private static let running = Running()

    /// Kills every running outside exporter's process group and removes every staging folder.
    public static func abandonRunningBuilds() {
        running.lock.lock()
        let (groups, folders) = (running.groups, running.folders)
        (running.groups, running.folders, running.abandoned) = ([], [], true)
        running.lock.unlock()
        for group in groups { kill(-group, SIGKILL) }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }

    /// True once ``abandonRunningBuilds()`` ran: no build may then move files into place.
    static var wasAbandoned: Bool {
        running.lock.lock()
        defer { running.lock.unlock() }
        return running.abandoned
    }

    static func started(group: pid_t) { change { _ = $0.groups.insert(group) } }
    static func finished(group: pid_t) { change { _ = $0.groups.remove(group) } }
    static func started(staging: URL) { change { _ = $0.folders.insert(staging) } }
    static func finished(staging: URL) { change { _ = $0.folders.remove(staging) } }

    private static func change(_ body: (Running) -> Void) {
        running.lock.lock()
        defer { running.lock.unlock() }
        body(running)
    }
}
