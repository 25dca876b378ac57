import CXlsxWriter
import Foundation

typealias CellFormat = UnsafeMutablePointer<lxw_format>

/// The one owner of a libxlsxwriter workbook. Every C call that can fail is routed through
/// ``check(_:_:)`` or ``require(_:_:)``, which turn it into an ``XLSXError`` naming the output path.
final class Workbook {
    let path: String
    let constantMemory: Bool
    /// Nil once closed: `workbook_close` frees the workbook even when it fails.
    private var handle: UnsafeMutablePointer<lxw_workbook>?

    init(path: String, constantMemory: Bool) throws(XLSXError) {
        self.path = path
        self.constantMemory = constantMemory
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 0)
        handle = try require(workbook_new_opt(path, &options), "creating the workbook")
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    // MARK: Checking C results

    func check(_ code: lxw_error, _ operation: @autoclosure () -> String) throws(XLSXError) {
        try check(code) { .library(path: path, operation: operation(), reason: $0) }
    }

    func require<T>(_ pointer: T?, _ operation: @autoclosure () -> String) throws(XLSXError) -> T {
        guard let pointer else {
            throw .library(path: path, operation: operation(), reason: "libxlsxwriter returned no object (out of memory or an earlier error)")
        }
        return pointer
    }

    private func check(_ code: lxw_error, error: (String) -> XLSXError) throws(XLSXError) {
        guard code != LXW_NO_ERROR else { return }
        throw error(String(cString: lxw_strerror(code)))
    }

    // MARK: Workbook operations

    private var open: UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { preconditionFailure("workbook used after close") }
        return handle
    }

    /// Adds a worksheet after the existing ones, refusing a name Excel would not accept.
    func addWorksheet(named name: String) throws(XLSXError) -> Worksheet {
        try check(workbook_validate_sheet_name(open, name)) { .invalidSheetName(path: path, name: name, reason: $0) }
        let sheet = try require(workbook_add_worksheet(open, name), "adding sheet '\(name)'")
        return Worksheet(handle: sheet, name: name, workbook: self)
    }

    func addFormat(_ configure: (CellFormat) -> Void) throws(XLSXError) -> CellFormat {
        let format = try require(workbook_add_format(open), "adding a cell format")
        configure(format)
        return format
    }

    func addChart(type: lxw_chart_type) throws(XLSXError) -> UnsafeMutablePointer<lxw_chart> {
        try require(workbook_add_chart(open, UInt8(type.rawValue)), "adding a chart")
    }

    /// Title, subject and author as shown by Excel's file properties; `created` fixes the timestamp
    /// that would otherwise be the time of the run.
    func setProperties(title: String, subject: String, author: String, created: Int64) throws(XLSXError) {
        let fields = [title, subject, author].map { (field: String) in strdup(field) }
        defer { fields.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = fields[0]
        properties.subject = fields[1]
        properties.author = fields[2]
        properties.created = time_t(created)
        try check(workbook_set_properties(open, &properties), "setting the document properties")
    }

    /// Writes the file. Errors such as an unwritable path only surface here.
    func close() throws(XLSXError) {
        let closing = open
        handle = nil
        try check(workbook_close(closing), "writing the file")
    }
}
