import Foundation

/// Streams the brief to its file a section at a time, through a buffer, so that a huge packet's
/// brief is never held as one string. Blocks are separated by exactly one blank line and the file
/// ends with exactly one newline.
final class BriefWriter {
    private let handle: FileHandle
    private let path: String
    private var buffer = Data()
    private var hasContent = false
    private var isOpen = true
    private static let flushThreshold = 64 * 1024

    init(file: URL) throws(MarkdownError) {
        path = file.path
        do {
            try Data().write(to: file)
            handle = try FileHandle(forWritingTo: file)
        } catch {
            throw .cannotWrite(file: file.path, reason: Self.reason(error))
        }
    }

    /// Writes one Markdown block (paragraph, list, table, heading): its lines, preceded by a blank line
    /// unless it is the first block. An empty block writes nothing.
    func block(_ lines: [String]) throws(MarkdownError) {
        guard !lines.isEmpty else { return }
        if hasContent { buffer.append(0x0A) }
        hasContent = true
        for line in lines {
            buffer.append(contentsOf: line.utf8)
            buffer.append(0x0A)
        }
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes text as it is: a user's template output, already normalised by the caller.
    func raw(_ text: String) throws(MarkdownError) {
        buffer.append(contentsOf: text.utf8)
        hasContent = true
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func finish() throws(MarkdownError) {
        try flush()
        isOpen = false
        do { try handle.close() } catch { throw .cannotWrite(file: path, reason: Self.reason(error)) }
    }

    deinit {
        // Only after a failed write; the caller deletes the partial file.
        if isOpen { try? handle.close() }
    }

    private func flush() throws(MarkdownError) {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch { throw .cannotWrite(file: path, reason: Self.reason(error)) }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
