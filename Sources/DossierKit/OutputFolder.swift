import DossierCore
import Foundation

/// The output folder while a build writes it: an advisory lock, so that two builds never mix their
/// files, and a staging folder inside it, so that formats are moved into place together or not at all.
///
/// A second build of the same folder does not wait: it fails at once naming the folder (waiting
/// could hang a script on a build that never ends). Everything Dossier leaves in the folder starts with
/// `.dossier`; what a killed run left behind is removed by the next build, under the lock.
struct OutputFolder: ~Copyable {
    static let lockName = ".dossier-lock"
    static let stagingPrefix = ".dossier-staging-"

    let url: URL
    let staging: URL
    private let lockDescriptor: Int32

    /// Takes the folder's lock, clears what killed runs left and makes a fresh staging folder.
    init(_ url: URL) throws(DossierKitError) {
        let lockPath = url.appendingPathComponent(Self.lockName).path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotCreateOutput(path: url.relativePath, reason: "cannot create \(Self.lockName): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw busy ? .outputLocked(path: url.relativePath) : .cannotCreateOutput(path: url.relativePath, reason: "cannot lock \(Self.lockName): \(reason)")
        }
        Self.removeLeftovers(in: url)
        let staging = url.appendingPathComponent("\(Self.stagingPrefix)\(getpid())-\(UInt32.random(in: .min ... .max))")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            close(descriptor)
            throw .cannotCreateOutput(path: url.relativePath, reason: "cannot create a staging folder: \(Self.reason(error))")
        }
        self.url = url
        self.staging = staging
        lockDescriptor = descriptor
        Interruption.started(staging: staging)
    }

    deinit {
        Interruption.finished(staging: staging)
        try? FileManager.default.removeItem(at: staging)
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
    }

    /// Moves each staged file into the folder, replacing the earlier one.
    func commit(_ fileNames: [String]) throws(DossierKitError) {
        guard !Interruption.wasAbandoned else { throw .cannotCreateOutput(path: url.relativePath, reason: "the build was interrupted") }
        for name in fileNames where rename(staging.appendingPathComponent(name).path, url.appendingPathComponent(name).path) != 0 {
            throw .cannotCreateOutput(path: url.relativePath, reason: "cannot move \(name) into place: \(String(cString: strerror(errno)))")
        }
    }

    /// Removes a file an earlier build wrote for a format this build could not write, so that the
    /// folder never holds files of two builds.
    func removeEarlier(_ fileName: String) {
        try? FileManager.default.removeItem(at: url.appendingPathComponent(fileName))
    }

    /// Staging folders and temporary files of runs that were killed; only called under the lock, so none is in use.
    private static func removeLeftovers(in url: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names where name.hasPrefix(stagingPrefix) || name.hasPrefix(AtomicFile.temporaryPrefix) || isOlderTemporaryFile(name) {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
    }

    /// `.factsheet.xlsx.976.tmp`: how temporary files were named before they had a prefix of their own.
    private static func isOlderTemporaryFile(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return name.hasPrefix(".") && parts.count >= 4 && parts.last == "tmp" && parts[parts.count - 2].allSatisfy(\.isNumber)
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
