import DossierAssembly
import DossierCore
import DossierDOCX
import DossierEPUB
import DossierFetch
import DossierHTML
import DossierMarkdown
import DossierXLSX
import Foundation

/// `dossier.yml`: everything a build needs, so a team keeps its packet's recipe in version control.
/// Values given on the command line win over the manifest's.
public struct Manifest: Sendable {
    public var title: String?
    public var date: PacketDate?
    /// Files, folders or shell glob patterns, relative to the manifest's folder.
    public var inputs: [String] = []
    public var output: String?
    /// The fetch cache folder for URL inputs; nil means `.dossier-cache/` beside the output.
    public var cache: String?
    public var formats: [String] = []
    public var articles: [String: ArticleOverride] = [:]
    /// Story names and the files or folders each holds; empty: one story per folder, or grouped by content.
    public var stories: [(title: String, paths: [String])] = []
    public var markdown = MarkdownOptions()
    public var xlsx = XLSXOptions()
    public var epub = EPUBOptions()
    public var docx = DOCXOptions()
    public var html = HTMLOptions()
    public var exporters: [OutsideExporter] = []

    public init() {}

    /// The built-in formats with this manifest's options, then its outside exporters.
    public var registry: ExporterRegistry {
        var registry = ExporterRegistry.standard(markdown: markdown, xlsx: xlsx, epub: epub, docx: docx, html: html)
        for exporter in exporters { registry.register(exporter) }
        return registry
    }

    /// Input patterns expanded against the file system, in the order written; a pattern that matches
    /// nothing is kept as written so that assembly reports it as missing. URLs are kept as written.
    public var expandedInputs: [String] {
        inputs.flatMap { pattern -> [String] in
            guard !WebInputs.isURL(pattern), pattern.contains(where: { "*?[".contains($0) }) else { return [pattern] }
            let matches = Glob.expand(pattern)
            return matches.isEmpty ? [pattern] : matches
        }
    }
}

enum Glob {
    static func expand(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }
}
