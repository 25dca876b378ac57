import Foundation

/// Writes a file through a temporary sibling and a rename, so readers never see half a file and a
/// failed write never damages the previous version.
public enum AtomicFile {
    public static func write<T>(to destination: URL, _ body: (URL) throws -> T) throws -> T {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let result = try body(temporary)
            if rename(temporary.path, destination.path) != 0 {
                throw DossierCoreError.cannotWrite(path: destination.path, reason: String(cString: strerror(errno)))
            }
            return result
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
