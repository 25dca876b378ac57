import CLibzip
import DossierCore
import Foundation

/// The error a format throws when its archive cannot be written; each format keeps its own error type
/// and wording, and libzip's step and message go into it.
package protocol ArchiveFailure: Error {
    static func cannotWrite(path: String, action: String, reason: String) -> Self
}

/// A zip archive written with libzip (the only importer of `CLibzip`), shared by the EPUB and DOCX formats. Nothing reaches the disk before `close()`, which writes a
/// temporary file and renames it; an archive dropped without a successful close is discarded, so a
/// failure never leaves a partial file.
package final class ZipArchive<Failure: ArchiveFailure> {
    package enum Compression {
        case store, deflate
    }

    private let handle: OpaquePointer
    private let path: String
    /// Every entry gets the packet's day at 00:00 as its DOS time, so reruns are byte-identical
    /// (`zip_file_set_mtime` would go through the local time zone).
    private let dosDate: UInt16
    private var isOpen = true

    package init(creatingAt path: String, date: PacketDate) throws(Failure) {
        var code: Int32 = 0
        let opened = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code)
        handle = try Self.check(opened, path: path, "create the archive", reason: { Self.message(forCode: code) })
        self.path = path
        dosDate = Self.dosDate(date)
    }

    deinit {
        if isOpen { zip_discard(handle) }
    }

    /// Adds an entry; libzip keeps the bytes until `close()`, so it gets its own `malloc`ed copy to free.
    package func add(_ name: String, _ bytes: [UInt8], compression: Compression = .deflate) throws(Failure) {
        let copy = try check(malloc(max(bytes.count, 1)), "allocate \(bytes.count) bytes for \(name)")
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: $0.count) } }
        let source = try check(zip_source_buffer(handle, copy, zip_uint64_t(bytes.count), 1), "prepare \(name)",
                               undo: { free(copy) })
        let index = try check(zip_file_add(handle, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8)).succeeded, "add \(name)",
                              undo: { zip_source_free(source) })
        let method = switch compression {
        case .store: ZIP_CM_STORE
        case .deflate: ZIP_CM_DEFLATE
        }
        let level = compression == .deflate ? deflateLevel : 0
        try check(zip_set_file_compression(handle, zip_uint64_t(index), method, level).succeeded, "set the compression of \(name)")
        try check(zip_file_set_dostime(handle, zip_uint64_t(index), 0, dosDate, 0).succeeded, "set the time of \(name)")
    }

    /// Compresses and writes everything. On failure the archive is discarded and the error says why.
    package func close() throws(Failure) {
        isOpen = false
        try check(zip_close(handle).succeeded, "write the archive", undo: { zip_discard(handle) })
    }

    /// The one place a libzip result becomes a Swift error: nil (or a negative status, see
    /// `succeeded`) is a failure; `undo` releases what the failed call did not take over.
    @discardableResult
    private func check<Value>(_ result: Value?, _ action: @autoclosure () -> String,
                              undo: () -> Void = {}) throws(Failure) -> Value {
        try Self.check(result, path: path, action(), reason: { String(cString: zip_strerror(handle)) }, undo: undo)
    }

    private static func check<Value>(_ result: Value?, path: String, _ action: @autoclosure () -> String,
                                     reason: () -> String, undo: () -> Void = {}) throws(Failure) -> Value {
        if let result { return result }
        let reason = reason() // read before `undo`, which may free the archive holding the message
        undo()
        throw Failure.cannotWrite(path: path, action: action(), reason: reason)
    }

    private static func message(forCode code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error))
    }

    /// DOS dates count years from 1980 in 7 bits; days outside 1980–2107 are clamped.
    private static func dosDate(_ date: PacketDate) -> UInt16 {
        let (year, month, day) = date.year < 1980 ? (1980, 1, 1) : date.year > 2107 ? (2107, 12, 31) : (date.year, date.month, date.day)
        return UInt16((year - 1980) << 9 | month << 5 | day)
    }
}

/// zlib's own default level. libzip's default is 9, which took 0.47 s for a 1,000-article book where
/// 6 takes 0.27 s, for a file 0.6% larger.
private let deflateLevel: UInt32 = 6

private extension BinaryInteger {
    /// The value when libzip reports success (zero or a non-negative index), nil for its `-1`.
    var succeeded: Self? { self >= 0 ? self : nil }
}
