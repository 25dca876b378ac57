import ArgumentParser
import DossierCore
import Foundation

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn a folder of source articles into a briefing packet.",
        discussion: """
        A packet is a Markdown brief for wikis (brief.md), the same brief as a Word document to send \
        and print (brief.docx) and as one HTML page for intranets (brief.html), an Excel fact sheet \
        for analysts (factsheet.xlsx), an EPUB 3 reading pack for e-readers (reading-pack.epub) and \
        the model itself (packet.json).

        Exit codes: 0 complete; 1 partial (an article was skipped or an outside exporter failed; see \
        the messages); 64 usage error (unknown option or format, bad date, bad dossier.yml, no inputs); \
        65 no usable article; 66 an input, manifest or template file does not exist; 73 the output \
        folder cannot be created or written; 74 a format failed, so nothing was written; 75 another \
        build is writing the output folder.
        """,
        version: DossierVersion.current,
        subcommands: [Build.self, Formats.self, Inspect.self, Init.self],
        defaultSubcommand: nil
    )

    /// A mistyped command (`dossier bild`) is named with the closest command, where argument-parser
    /// would only call it an unexpected argument.
    static func main() {
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let first = CommandLine.arguments.dropFirst().first, !first.hasPrefix("-"), !commands.contains(first) {
            let hint = Suggestion.closest(to: first, in: commands).map { " Did you mean '\($0)'?" } ?? ""
            Terminal.error("unknown command '\(first)'.\(hint) Commands: \(commands.joined(separator: ", ")).")
            Foundation.exit(ExitCodes.usage.rawValue)
        }
        main(nil)
    }
}
