// dossier-export-csv: an outside exporter. It reads packet.json on stdin and writes the packet's
// quotes as CSV (RFC 4180) to the path given by --output. Put it on PATH and run
// `dossier build articles -f csv`; `--describe` tells Dossier its file name and summary.
import DossierCore
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments == ["--describe"] {
    print(#"{"fileName": "quotes.csv", "summary": "quotes with speakers and sources as CSV"}"#)
    exit(0)
}

guard arguments.count == 2, arguments[0] == "--output" else {
    FileHandle.standardError.write(Data("usage: dossier-export-csv --output PATH < packet.json\n".utf8))
    exit(64)
}

do {
    let packet = try JSONExporter.decode(FileHandle.standardInput.readDataToEndOfFile(), file: "<stdin>")
    try QuotesCSV(packet: packet).text.write(toFile: arguments[1], atomically: false, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("dossier-export-csv: \(error)\n".utf8))
    exit(1)
}
