import Foundation
import TestSupport
import Testing

/// LibreOffice, the strictest XLSX reader available here, converting workbooks to CSV.
enum LibreOffice {
    /// Converts every sheet of each file to `<file>-<sheet>.csv` (values as displayed, UTF-8) in one
    /// run with a private profile, so that parallel runs do not share a lock. Returns the output folder.
    static func convertSheetsToCSV(_ files: [URL], in directory: TemporaryDirectory) throws -> URL {
        let output = directory.file("csv")
        let result = try Validators.run([
            "soffice", "-env:UserInstallation=file://\(directory.file("lo-profile").path)", "--headless",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
            "--outdir", output.path,
        ] + files.map(\.path))
        try #require(result.status == 0, "soffice failed: \(result.stderr)")
        return output
    }

    /// One column of a CSV file, header row excluded, parsed by Python's csv module (fields may hold
    /// line breaks).
    static func column(_ index: Int, of csv: URL) throws -> [String] {
        let script = "import csv, json, sys\nrows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))\nprint(json.dumps([r[int(sys.argv[2])] for r in rows[1:]]))"
        let result = try Validators.python(script, arguments: [csv.path, String(index)])
        try #require(result.status == 0, "cannot parse \(csv.path): \(result.stderr)")
        return try JSONDecoder().decode([String].self, from: Data(result.stdout.utf8))
    }

    /// Prints `file` to PDF as LibreOffice would, with a private profile.
    static func convertToPDF(_ file: URL, in directory: TemporaryDirectory) throws -> URL {
        let output = directory.file("pdf")
        let result = try Validators.run([
            "soffice", "-env:UserInstallation=file://\(directory.file("lo-profile").path)", "--headless",
            "--convert-to", "pdf", "--outdir", output.path, file.path,
        ])
        try #require(result.status == 0, "soffice failed: \(result.stderr)")
        return output.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
    }

    /// Each page's media box size in points, read from the PDF's page objects.
    static func pages(of pdf: URL) throws -> [(width: Double, height: Double)] {
        let script = """
        import re, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        boxes = [tuple(float(v) for v in m.groups()) for m in re.finditer(rb'/Type\\s*/Page\\b[^s].*?/MediaBox\\s*\\[\\s*([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)', data, re.S)]
        for b in boxes: print(b[2] - b[0], b[3] - b[1])
        """
        let result = try Validators.python(script, arguments: [pdf.path])
        try #require(result.status == 0, "cannot read \(pdf.path): \(result.stderr)")
        return result.stdout.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ").compactMap { Double($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }
}
