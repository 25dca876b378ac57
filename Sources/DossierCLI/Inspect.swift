import ArgumentParser
import DossierAssembly
import DossierCore
import DossierKit
import Foundation

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what assembly makes of one article, web page or feed.",
        discussion: """
        Prints the structure (title, byline, credit, body), the lines removed as boilerplate with \
        their reasons, the article's date and where it came from, and the quotes, entities, numbers \
        and dates found. For a web page or feed it also shows where each metadata field was found \
        (JSON-LD, meta tags, <title>).

        Examples:
          dossier inspect examples/mali-briefing/articles/mali-wagner-france.txt
          dossier inspect article.md --json | jq '.quotes'
          dossier inspect saved-page.html
        """
    )

    @Argument(help: "One article file, web page or feed.", completion: Completions.articles)
    var file: String

    @Flag(help: "Print the packet model of this one article as JSON.")
    var json = false

    @Option(help: "Packet date, YYYY-MM-DD: the article's date when nothing in it gives one. Default: SOURCE_DATE_EPOCH, else today (UTC).")
    var date: String?

    func run() throws {
        let packet: Packet
        do {
            let packetDate = try PacketDate.resolve(option: date)
            packet = try PacketAssembler(options: AssemblyOptions(date: packetDate)).assemble([file])
        } catch let error as AssemblyError {
            Terminal.error(error.description)
            throw ExitCodes.code(for: .assembly(error))
        }
        if json {
            print(String(decoding: try JSONExporter.encode(packet), as: UTF8.self))
        } else {
            print(InspectionReport(packet: packet).text, terminator: "")
        }
        for diagnostic in packet.diagnostics { Terminal.printToStderr(diagnostic.description) }
        if packet.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCodes.partial }
    }
}
