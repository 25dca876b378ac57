import DossierCore
@testable import DossierXLSX
import Foundation
import TestSupport
import Testing

/// A workbook as openpyxl reads it back: every cell with its value, type, number format and link.
struct WorkbookDump: Decodable {
    struct Properties: Decodable {
        let title: String?
        let subject: String?
        let creator: String?
        let created: String?
    }

    struct Chart: Decodable {
        let direction: String
        let categories: String
        let values: String
        let reversedCategories: Bool
    }

    let sheetNames: [String]
    let sheets: [String: SheetDump]
    let properties: Properties
    let charts: [Chart]

    subscript(_ name: String) -> SheetDump {
        get throws { try #require(sheets[name], "no sheet '\(name)' in \(sheetNames)") }
    }
}

struct SheetDump: Decodable {
    let freeze: String?
    let autofilter: String?
    let tables: [String: String]
    let maxRow: Int
    let cells: [String: CellDump]
    /// Row heights in points by 1-based row number, for the rows that set one.
    let rowHeights: [String: Double]
    /// Column widths in Excel's character units by column letter.
    let columnWidths: [String: Double]
    let print: PrintDump
    /// Drop-down lists: the cell range and the choices offered.
    let choiceLists: [ChoiceListDump]

    /// Values of a column below the header, in order, with "" for an empty cell.
    func column(_ letter: String) -> [String] {
        (2...max(maxRow, 1)).map { cells["\(letter)\($0)"]?.value ?? "" }
    }

    /// Values of the first `count` columns of a row (1-based, as Excel numbers rows).
    func row(_ number: Int, columns count: Int) -> [String] {
        (0..<count).map { cells["\(CellReference.column($0))\(number)"]?.value ?? "" }
    }
}

struct PrintDump: Decodable, Equatable {
    let orientation: String?
    let fitToWidth: Int?
    let fitToHeight: Int?
    let fitToPage: Bool
    let titleRows: String?
    let footer: String?
}

struct ChoiceListDump: Decodable, Equatable {
    let range: String
    let choices: [String]
}

struct CellDump: Decodable, Equatable {
    /// Strings as read (with the OOXML escapes of tab, LF and CR decoded, as Excel does), numbers in Python's
    /// `repr`, dates as ISO 8601.
    let value: String
    /// openpyxl's `data_type`: `s` string, `n` number, `d` date.
    let type: String
    let format: String
    /// An external link's target, or `#` and the location of an internal one.
    let link: String?
}

enum WorkbookReader {
    /// Exports `packet` into a fresh folder and returns the file and the exporter's diagnostics.
    static func export(_ packet: Packet, options: XLSXOptions = XLSXOptions(), in directory: TemporaryDirectory,
                       name: String = "factsheet.xlsx") throws -> (file: URL, diagnostics: [Diagnostic]) {
        let file = directory.file(name)
        let diagnostics = try XLSXExporter(options: options).export(packet, to: file)
        return (file, diagnostics)
    }

    static func read(_ file: URL) throws -> WorkbookDump {
        let output = try Validators.python(script, arguments: [file.path])
        try #require(output.status == 0, "openpyxl could not read \(file.path): \(output.stderr)")
        return try JSONDecoder().decode(WorkbookDump.self, from: Data(output.stdout.utf8))
    }

    private static let script = #"""
import json, re, sys, zipfile, datetime
import openpyxl

# openpyxl decodes only `_x005F_` (a literal underscore); decode the escapes libxlsxwriter writes
# for tab, line feed and carriage return as Excel does.
def decode(text):
    return re.sub(r'_x(0009|000[AaDd])_', lambda m: chr(int(m.group(1), 16)), text)

def show(value):
    if isinstance(value, str):
        return decode(value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return repr(value)

path = sys.argv[1]
book = openpyxl.load_workbook(path)
sheets = {}
for ws in book.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            link = None
            if c.hyperlink is not None:
                link = c.hyperlink.target if c.hyperlink.target else '#' + c.hyperlink.location
            cells[c.coordinate] = {'value': show(c.value), 'type': c.data_type, 'format': c.number_format, 'link': link}
    setup = ws.page_setup
    footer = ws.oddFooter
    footer_text = None
    if footer is not None and (footer.left.text or footer.right.text):
        footer_text = '&L' + (footer.left.text or '') + '&R' + (footer.right.text or '')
    sheets[ws.title] = {
        'freeze': ws.freeze_panes, 'autofilter': ws.auto_filter.ref,
        'tables': {name: ref for name, ref in ws.tables.items()},
        'maxRow': ws.max_row, 'cells': cells,
        'rowHeights': {str(k): v.height for k, v in ws.row_dimensions.items() if v.height is not None},
        'columnWidths': {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        'print': {'orientation': setup.orientation,
                  # Absent attributes mean 1, as OOXML defines them.
                  'fitToWidth': int(setup.fitToWidth) if setup.fitToWidth is not None else 1,
                  'fitToHeight': int(setup.fitToHeight) if setup.fitToHeight is not None else 1,
                  'fitToPage': bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                  'titleRows': ws.print_title_rows, 'footer': footer_text},
        'choiceLists': [{'range': str(v.sqref), 'choices': [c.strip('"') for c in v.formula1.strip('"').split(',')]}
                        for v in ws.data_validations.dataValidation if v.type == 'list'],
    }
charts = []
with zipfile.ZipFile(path) as z:
    for name in sorted(n for n in z.namelist() if n.startswith('xl/charts/chart')):
        xml = z.read(name).decode()
        charts.append({
            'direction': re.search(r'<c:barDir val="(\w+)"', xml).group(1),
            'categories': re.search(r'<c:cat>.*?<c:f>(.*?)</c:f>', xml, re.S).group(1),
            'values': re.search(r'<c:val>.*?<c:f>(.*?)</c:f>', xml, re.S).group(1),
            'reversedCategories': bool(re.search(r'<c:catAx>.*?<c:orientation val="maxMin"/>', xml, re.S)),
        })
p = book.properties
print(json.dumps({
    'sheetNames': book.sheetnames, 'sheets': sheets, 'charts': charts,
    'properties': {'title': p.title, 'subject': p.subject, 'creator': p.creator,
                   'created': p.created.isoformat() if p.created else None},
}))
"""#
}
