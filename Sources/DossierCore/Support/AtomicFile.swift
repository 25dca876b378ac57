import Foundation

/// Writes a file through a temporary sibling and a rename, so readers never see half a file and a
/// failed write never damages the previous version.
public enum AtomicFile {
    /// Every temporary file starts with this, so a later build recognises what a killed run left.
    public static let temporaryPrefix = ".dossier-tmp-"

    public static func write<T>(to destination: URL, _ body: (URL) throws -> T) throws -> T {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent("\(temporaryPrefix)\(ProcessInfo.processInfo.processIdentifier)-\(destination.lastPathComponent)")
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
