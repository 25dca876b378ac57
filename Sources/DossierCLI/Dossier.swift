import ArgumentParser
import DossierCore

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn a folder of source articles into a briefing packet.",
        discussion: """
        A packet is a Markdown brief for wikis (brief.md), an Excel fact sheet for analysts \
        (factsheet.xlsx), an EPUB 3 reading pack for e-readers (reading-pack.epub) and the model \
        itself (packet.json).

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
}
