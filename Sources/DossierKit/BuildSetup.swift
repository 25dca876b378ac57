import DossierCore
import DossierFetch
import DossierMarkdown
import Foundation

/// What the command line says about a build; anything left nil comes from `dossier.yml`, then defaults.
public struct BuildSettings: Sendable {
    public var inputs: [String]
    public var manifest: String?
    public var output: String?
    public var formats: [String]
    public var title: String?
    public var date: String?
    public var frontMatter: FrontMatterStyle?
    public var citations: CitationStyle?
    public var template: String?
    public var mermaid: Bool
    /// A file of URLs, one a line, read after `inputs`.
    public var urlList: String?
    public var cache: String?
    public var offline: Bool

    public init(inputs: [String] = [], manifest: String? = nil, output: String? = nil, formats: [String] = [],
                title: String? = nil, date: String? = nil, frontMatter: FrontMatterStyle? = nil,
                citations: CitationStyle? = nil, template: String? = nil, mermaid: Bool = false,
                urlList: String? = nil, cache: String? = nil, offline: Bool = false) {
        self.inputs = inputs
        self.manifest = manifest
        self.output = output
        self.formats = formats
        self.title = title
        self.date = date
        self.frontMatter = frontMatter
        self.citations = citations
        self.template = template
        self.mermaid = mermaid
        self.urlList = urlList
        self.cache = cache
        self.offline = offline
    }

    /// The builder and request these settings describe. With no inputs, `./dossier.yml` is read.
    public func resolve(environmentPath: String? = ProcessInfo.processInfo.environment["PATH"])
        throws(DossierKitError) -> (builder: PacketBuilder, request: BuildRequest) {
        var inputs = inputs
        if let urlList { inputs += try URLList.read(urlList) }
        let manifestPath = manifest ?? (inputs.isEmpty && urlList == nil ? ManifestReader.fileName : nil)
        var loaded = Manifest()
        if let manifestPath {
            guard FileManager.default.fileExists(atPath: manifestPath) else {
                throw self.manifest == nil && inputs.isEmpty ? .noInputs : .missingFile(path: manifestPath, role: "manifest")
            }
            loaded = try ManifestReader.read(manifestPath).relative(to: (manifestPath as NSString).deletingLastPathComponent)
        }
        var manifest = loaded
        if let frontMatter { manifest.markdown.frontMatter = frontMatter }
        if let citations { manifest.markdown.citations = citations }
        if let template { manifest.markdown.template = URL(fileURLWithPath: template) }
        if mermaid { manifest.markdown.mermaid = true }

        if let template = manifest.markdown.template, !FileManager.default.fileExists(atPath: template.path) {
            throw .missingFile(path: template.relativePath, role: "template")
        }

        var registry = manifest.registry
        let defaultFormats = registry.names
        let requested = !formats.isEmpty ? formats : manifest.formats
        // Programs on PATH are described (and so run) only when named, so a stray or slow
        // `dossier-export-*` never joins or delays a build that does not ask for it.
        for name in requested where !registry.names.contains(name.lowercased()) {
            do {
                if let exporter = try OutsideExporter.find(name: name, path: environmentPath) { registry.register(exporter) }
            } catch let error as DossierKitError {
                throw error
            } catch {
                throw .outsideExporterFailed(name: name, reason: "\(error)", stderr: "")
            }
        }
        let date: PacketDate
        do {
            date = try resolveDate(manifestDate: manifest.date)
        } catch {
            throw .core(error)
        }
        let request = BuildRequest(
            inputs: inputs.isEmpty ? manifest.expandedInputs : inputs,
            outputDirectory: output ?? manifest.output ?? "packet",
            formats: !formats.isEmpty ? formats : !manifest.formats.isEmpty ? manifest.formats : defaultFormats,
            title: title ?? manifest.title,
            date: date,
            overrides: manifest.articles,
            cacheDirectory: cache ?? manifest.cache,
            offline: offline,
            stories: manifest.stories
        )
        guard !request.inputs.isEmpty else { throw .noInputs }
        return (PacketBuilder(registry: registry), request)
    }

    /// `--date`, then the manifest's date, then SOURCE_DATE_EPOCH or today.
    private func resolveDate(manifestDate: PacketDate?) throws(DossierCoreError) -> PacketDate {
        if date == nil, let manifestDate { return manifestDate }
        return try PacketDate.resolve(option: date)
    }
}

extension Manifest {
    /// Paths in a manifest are relative to its own folder.
    func relative(to folder: String) -> Manifest {
        guard !folder.isEmpty, folder != "." else { return self }
        func resolve(_ path: String) -> String { path.hasPrefix("/") || WebInputs.isURL(path) ? path : "\(folder)/\(path)" }
        var copy = self
        copy.inputs = inputs.map(resolve)
        copy.output = output.map(resolve)
        copy.cache = cache.map(resolve)
        copy.articles = Dictionary(uniqueKeysWithValues: articles.map { (resolve($0.key), $0.value) })
        copy.stories = stories.map { ($0.title, $0.paths.map(resolve)) }
        copy.markdown.template = markdown.template.map { URL(fileURLWithPath: resolve($0.relativePath)) }
        copy.exporters = exporters.map { exporter in
            var exporter = exporter
            if exporter.command[0].contains("/") { exporter.command[0] = resolve(exporter.command[0]) }
            return exporter
        }
        return copy
    }
}
