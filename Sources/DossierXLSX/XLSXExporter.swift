import DossierCore
import Foundation

public struct XLSXOptions: Sendable {
    /// Rows above which the workbook is written in libxlsxwriter's constant-memory mode
    /// (flat memory, autofilters instead of Excel tables).
    public var constantMemoryThreshold: Int

    public init(constantMemoryThreshold: Int = 50_000) {
        self.constantMemoryThreshold = constantMemoryThreshold
    }
}

/// The analyst's fact sheet, `factsheet.xlsx`, written with libxlsxwriter.
public struct XLSXExporter: Exporter {
    public let name = "xlsx"
    public let fileName = "factsheet.xlsx"
    public let summary = "factsheet.xlsx: an Excel workbook of quotes, entities, facts, timeline and sources"
    public var options: XLSXOptions

    public init(options: XLSXOptions = XLSXOptions()) {
        self.options = options
    }

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        throw XLSXError.notImplemented
    }
}

extension Exporter where Self == XLSXExporter {
    public static var xlsx: XLSXExporter { XLSXExporter() }
    public static func xlsx(_ options: XLSXOptions) -> XLSXExporter { XLSXExporter(options: options) }
}
