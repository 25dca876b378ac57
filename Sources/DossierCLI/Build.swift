import ArgumentParser
import DossierCore
import DossierKit
import DossierMarkdown

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a briefing packet from article files and folders.",
        discussion: """
        Folders are read recursively (.txt, .md); articles are in canonical order (by path within \
        their input, then content), whatever the order of the inputs, and a file linked twice is read \
        once. With no inputs, ./dossier.yml describes the build; options given here win over it. \
        Every format is staged and moved into place only when all succeeded: a failed run leaves the \
        earlier packet whole. A second build of the same output folder fails at once (exit 75).

        Examples:
          dossier build examples/mali-briefing/articles -o packet
          dossier build a.txt b.md -f markdown -f xlsx --title "Sahel briefing" --date 2021-09-26
          SOURCE_DATE_EPOCH=1632614400 dossier build articles/ --quiet
          dossier build            # reads ./dossier.yml
        """
    )

    @Argument(help: "Article files (.txt, .md) or folders of them. None: read ./dossier.yml.")
    var inputs: [String] = []

    @Option(help: "A manifest to read instead of ./dossier.yml.")
    var manifest: String?

    @Option(name: .shortAndLong, help: "Output folder. Default: packet.")
    var output: String?

    @Option(name: [.customShort("f"), .customLong("format")],
            help: "A format to write (repeatable): markdown, xlsx, epub, json, or an outside exporter. Default: all built-in.")
    var formats: [String] = []

    @Option(help: "Packet title. Default: made from the first article.")
    var title: String?

    @Option(help: "Packet date, YYYY-MM-DD; fixes every timestamp. Default: SOURCE_DATE_EPOCH, else today (UTC).")
    var date: String?

    @Option(help: "Front matter of brief.md: yaml, toml or none. Default: yaml.")
    var frontMatter: FrontMatterStyle?

    @Option(help: "Citations in brief.md: footnotes, inline or none. Default: footnotes.")
    var citations: CitationStyle?

    @Option(help: "A Mustache template for brief.md; the packet is its context.")
    var template: String?

    @Flag(help: "Add a Mermaid timeline to brief.md.")
    var mermaid = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
    var quiet = false

    func run() throws {
        let settings = BuildSettings(inputs: inputs, manifest: manifest, output: output, formats: formats, title: title,
                                     date: date, frontMatter: frontMatter, citations: citations, template: template, mermaid: mermaid)
        let interruptions = Terminal.onInterruption { Interruption.abandonRunningBuilds() }
        defer { interruptions.forEach { $0.cancel() } }
        let showProgress = !quiet && Terminal.stderrIsTerminal
        let report: BuildReport
        do {
            let (builder, request) = try settings.resolve()
            report = try builder.build(request) { step in
                if showProgress { Terminal.printToStderr("dossier: \(step)") }
            }
        } catch {
            Terminal.error(error.description)
            throw ExitCodes.code(for: error)
        }
        for diagnostic in report.diagnostics where diagnostic.severity > .note || !quiet {
            Terminal.printToStderr(diagnostic.description)
        }
        for failure in report.failures {
            Terminal.error(failure)
        }
        if !quiet {
            let count = report.packet.articles.count
            Terminal.printToStderr("dossier: wrote \(report.outputs.map { $0.file.relativePath }.joined(separator: ", ")) "
                + "from \(count) article\(count == 1 ? "" : "s")")
        }
        if report.status == .partial { throw ExitCodes.partial }
    }
}

extension FrontMatterStyle: ExpressibleByArgument {}
extension CitationStyle: ExpressibleByArgument {}
