import DossierCore
import Foundation

public struct XLSXOptions: Sendable {
    /// Data rows (summed over all sheets) above which the workbook is written in libxlsxwriter's
    /// constant-memory mode. Default 50,000, about 400 articles' worth of analysis.
    ///
    /// In that mode memory stays flat however large the packet: each row goes to a temporary file as
    /// soon as the next one starts. What changes for the reader: sheets carry a plain header row with an
    /// autofilter instead of an Excel table (libxlsxwriter cannot build tables then; the Overview, which
    /// holds three tables side by side, gets no filter), strings are stored inline rather than shared,
    /// and the Overview chart has no cached values until the file is opened. Cell values, types, links,
    /// formats and frozen header rows are the same. Set it to 0 to always use this mode.
    public var constantMemoryThreshold: Int
    /// Data rows per sheet before a table continues on a numbered sheet (`Quotes 2`); Excel's own limit
    /// unless a test lowers it.
    var rowsPerSheet = SheetWriter.maxDataRows

    public init(constantMemoryThreshold: Int = 50_000) {
        self.constantMemoryThreshold = constantMemoryThreshold
    }
}

/// The analyst's fact sheet, `factsheet.xlsx`, written with libxlsxwriter.
///
/// Sheets: Overview, Key points, Quotes, Entities, Facts, Timeline, Sources, Warnings. Each is an Excel
/// table with a frozen header row; article IDs link to their row in Sources. Text that Excel cannot
/// hold (control characters, cells over 32,767 characters, URLs over 255) is changed visibly and
/// reported both on the Warnings sheet and in the returned diagnostics.
public struct XLSXExporter: Exporter {
    public let name = "xlsx"
    public let fileName = "factsheet.xlsx"
    public let summary = "an Excel workbook of quotes, entities, facts, timeline and sources"
    public var options: XLSXOptions

    public init(options: XLSXOptions = XLSXOptions()) {
        self.options = options
    }

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        try FactSheet.write(packet, to: file.path, options: options, fileName: fileName)
    }
}

extension Exporter where Self == XLSXExporter {
    public static var xlsx: XLSXExporter { XLSXExporter() }
    public static func xlsx(_ options: XLSXOptions) -> XLSXExporter { XLSXExporter(options: options) }
}
