import ArgumentParser
import DossierCore

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

        Exit codes: 0 complete; 1 partial (an article was skipped or a format failed; see the \
        messages); 64 usage error (unknown option or format, bad date); 65 no usable article; \
        66 an input path does not exist; 73 the output folder cannot be written; 74 no format could be written.
        """,
        version: DossierVersion.current,
        subcommands: [Build.self, Formats.self, Inspect.self, Init.self],
        defaultSubcommand: nil
    )
}
