import ArgumentParser
import DossierCore
import DossierKit
import DossierMarkdown
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a briefing packet from article files and folders.",
        discussion: """
        Folders are read recursively (.txt, .md) in sorted order. Files are written atomically: a \
        failed run leaves no partial file and never damages an earlier packet.

        Examples:
          dossier build examples/mali-briefing/articles -o packet
          dossier build a.txt b.md -f markdown -f xlsx --title "Sahel briefing" --date 2021-09-26
          SOURCE_DATE_EPOCH=1632614400 dossier build articles/ --quiet
        """
    )

    @Argument(help: "Article files (.txt, .md) or folders of them.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var output = "packet"

    @Option(name: [.customShort("f"), .customLong("format")], help: "A format to write (repeatable): markdown, xlsx, epub, json. Default: all.")
    var formats: [String] = []

    @Option(help: "Packet title. Default: made from the first article.")
    var title: String?

    @Option(help: "Packet date, YYYY-MM-DD; fixes every timestamp. Default: SOURCE_DATE_EPOCH, else today.")
    var date: String?

    @Option(help: "Front matter of brief.md: yaml, toml or none.")
    var frontMatter: String = FrontMatterStyle.yaml.rawValue

    @Option(help: "Citations in brief.md: footnotes, inline or none.")
    var citations: String = CitationStyle.footnotes.rawValue

    @Option(help: "A Mustache template for brief.md; the packet is its context.")
    var template: String?

    @Flag(help: "Add a Mermaid timeline to brief.md.")
    var mermaid = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let options = try markdownOptions()
        let packetDate: PacketDate
        do {
            packetDate = try PacketDate.resolve(option: date)
        } catch {
            Terminal.error(error.description)
            throw ExitCodes.usage
        }
        let request = BuildRequest(inputs: inputs, outputDirectory: output, formats: formats, title: title, date: packetDate)
        let showProgress = !quiet && Terminal.stderrIsTerminal
        let report: BuildReport
        do {
            report = try PacketBuilder(registry: .standard(markdown: options)).build(request) { step in
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
            let packet = report.packet
            Terminal.printToStderr("dossier: wrote \(report.outputs.map { $0.file.relativePath }.joined(separator: ", ")) "
                + "from \(packet.articles.count) article\(packet.articles.count == 1 ? "" : "s")")
        }
        if report.status == .partial { throw ExitCodes.partial }
    }

    private func markdownOptions() throws -> MarkdownOptions {
        guard let frontMatter = FrontMatterStyle(rawValue: frontMatter) else {
            throw ValidationError("--front-matter must be one of: \(FrontMatterStyle.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let citations = CitationStyle(rawValue: citations) else {
            throw ValidationError("--citations must be one of: \(CitationStyle.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return MarkdownOptions(frontMatter: frontMatter, citations: citations,
                               template: template.map { URL(fileURLWithPath: $0) }, mermaid: mermaid)
    }
}
