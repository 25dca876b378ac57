import ArgumentParser
import DossierCore
import DossierKit
import DossierMarkdown

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a briefing packet from article files, folders and URLs.",
        discussion: """
        Folders are read recursively (.txt, .md, web pages and feeds); articles are in canonical order \
        (by path within their input, then content), whatever the order of the inputs, and a file linked \
        twice is read once. URLs (http, https) are fetched once and kept in a cache (.dossier-cache/ \
        beside the output folder); a rebuild reads them from there. With no inputs, ./dossier.yml \
        describes the build; options given here win over it. Every format is staged and moved into \
        place only when all succeeded: a failed run leaves the earlier packet whole. A second build of \
        the same output folder fails at once (exit 75).

        Examples:
          dossier build examples/mali-briefing/articles -o packet
          dossier build a.txt b.md -f markdown -f xlsx --title "Sahel briefing" --date 2021-09-26
          SOURCE_DATE_EPOCH=1632614400 dossier build articles/ --quiet
          dossier build https://example.com/story --urls more-links.txt
          dossier build --urls links.txt --offline   # only what the cache already holds
          dossier build            # reads ./dossier.yml
        """
    )

    @Argument(help: "Article files (.txt, .md), folders of them, or http(s) URLs. None: read ./dossier.yml.", completion: Completions.articles)
    var inputs: [String] = []

    @Option(name: .customLong("urls"), help: "A file of URLs to fetch, one a line; # starts a comment.", completion: .file())
    var urlList: String?

    @Option(help: "Fetch cache folder. Default: .dossier-cache beside the output folder.", completion: .directory)
    var cache: String?

    @Flag(help: "Do not use the network: URLs come from the fetch cache only.")
    var offline = false

    @Option(help: "A manifest to read instead of ./dossier.yml.", completion: Completions.manifests)
    var manifest: String?

    @Option(name: .shortAndLong, help: "Output folder. Default: packet.", completion: .directory)
    var output: String?

    @Option(name: [.customShort("f"), .customLong("format")],
            help: "A format to write (repeatable): markdown, xlsx, epub, docx, html, json, or an outside exporter. Default: all built-in.",
            completion: Completions.formats)
    var formats: [String] = []

    @Option(help: "Packet title. Default: made from the first article.")
    var title: String?

    @Option(help: "Packet date, YYYY-MM-DD; fixes every timestamp. Default: SOURCE_DATE_EPOCH, else today (UTC).")
    var date: String?

    @Option(help: "Front matter of brief.md: yaml, toml or none. Default: yaml.")
    var frontMatter: FrontMatterStyle?

    @Option(help: "Citations in brief.md: footnotes, inline or none. Default: footnotes.")
    var citations: CitationStyle?

    @Option(help: "A Mustache template for brief.md; the packet is its context.", completion: .file(extensions: ["mustache"]))
    var template: String?

    @Flag(help: "Add a Mermaid timeline to brief.md.")
    var mermaid = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
    var quiet = false

    func run() throws {
        let settings = BuildSettings(inputs: inputs, manifest: manifest, output: output, formats: formats, title: title,
                                     date: date, frontMatter: frontMatter, citations: citations, template: template, mermaid: mermaid,
                                     urlList: urlList, cache: cache, offline: offline)
        let interruptions = Terminal.onInterruption { Interruption.abandonRunningBuilds() }
        defer { interruptions.forEach { $0.cancel() } }
        let display = ProgressDisplay(style: quiet ? .silent : Terminal.stderrIsTerminal ? .terminal : .plain)
        let report: BuildReport
        do {
            let (builder, request) = try settings.resolve()
            report = try builder.build(request) { display.show($0) }
            display.finish()
        } catch {
            display.finish()
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
                + "from \(count) article\(count == 1 ? "" : "s") in \(ProgressDisplay.seconds(display.elapsed))")
        }
        if report.status == .partial { throw ExitCodes.partial }
    }
}

extension FrontMatterStyle: ExpressibleByArgument {}
extension CitationStyle: ExpressibleByArgument {}
