import DossierAssembly
import DossierCore
import DossierFetch
import Foundation

/// What to build.
public struct BuildRequest: Sendable {
    public var inputs: [String]
    public var outputDirectory: String
    /// Format names; empty means every registered format.
    public var formats: [String]
    public var title: String?
    public var date: PacketDate
    public var overrides: [String: ArticleOverride]
    /// Where fetched pages are kept; nil means `.dossier-cache/` beside the output folder.
    public var cacheDirectory: String?
    /// Read URL inputs from the cache only.
    public var offline: Bool
    public var fetchPolicy: FetchPolicy
    /// The manifest's `stories:` (see ``AssemblyOptions/stories``).
    public var stories: [(title: String, paths: [String])]

    public init(inputs: [String], outputDirectory: String = "packet", formats: [String] = [],
                title: String? = nil, date: PacketDate, overrides: [String: ArticleOverride] = [:],
                cacheDirectory: String? = nil, offline: Bool = false, fetchPolicy: FetchPolicy = FetchPolicy(),
                stories: [(title: String, paths: [String])] = []) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.title = title
        self.date = date
        self.overrides = overrides
        self.cacheDirectory = cacheDirectory
        self.offline = offline
        self.fetchPolicy = fetchPolicy
        self.stories = stories
    }

    /// The cache folder this request uses.
    public var resolvedCacheDirectory: String {
        if let cacheDirectory { return cacheDirectory }
        let parent = (outputDirectory as NSString).deletingLastPathComponent
        return parent.isEmpty ? FetchCache.defaultFolderName : "\(parent)/\(FetchCache.defaultFolderName)"
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public enum Status: Sendable, Equatable {
        /// Every article was used and every format written.
        case complete
        /// The packet was written, but an article was skipped or a format failed: see ``problems``.
        case partial
    }

    public var packet: Packet
    public var outputs: [ExportResult]
    /// Formats that failed, each with its message.
    public var failures: [String]
    /// The packet's diagnostics and the exporters'.
    public var diagnostics: [Diagnostic]

    public var status: Status {
        failures.isEmpty && !diagnostics.contains { $0.severity == .error } ? .complete : .partial
    }
}

/// Assembles a packet and writes it in the requested formats.
public struct PacketBuilder: Sendable {
    public var registry: ExporterRegistry

    public init(registry: ExporterRegistry = .standard()) {
        self.registry = registry
    }

    /// Checks everything that can be checked before any work (format names, output folder), assembles,
    /// then writes every format into a staging folder and moves them into place together.
    ///
    /// Any failing format leaves the earlier packet as it was, except an outside exporter, which fails
    /// only its own format (its earlier file is removed, so the folder never mixes two builds).
    public func build(_ request: BuildRequest, progress: @Sendable (BuildProgress) -> Void = { _ in }) throws(DossierKitError) -> BuildReport {
        let exporters = try selectExporters(request.formats)
        let output = URL(fileURLWithPath: request.outputDirectory)
        try checkOutputDirectory(output)

        var options = AssemblyOptions(title: request.title, date: request.date, overrides: request.overrides, stories: request.stories)
        let inputs = obtainWebPages(request, into: &options, progress: progress)
        let packet: Packet
        do {
            options.excludedFolders = [request.outputDirectory]
            packet = try PacketAssembler(options: options).assemble(inputs) { step in
                switch step {
                case .read(let done, let total): progress(.reading(done: done, total: total))
                case .analysing(let articles): progress(.analysing(articles: articles))
                }
            }
        } catch {
            throw .assembly(error)
        }
        try createOutputDirectory(output)
        let folder = try OutputFolder(output)

        var report = BuildReport(packet: packet, outputs: [], failures: [], diagnostics: packet.diagnostics)
        progress(.writing(files: exporters.map(\.fileName)))
        // Formats are independent, so they are written side by side; results are taken in the requested order.
        let staging = folder.staging
        let written = ConcurrentCounter()
        let results = exporters.concurrentMap { exporter in
            let result = Result { try exporter.export(packet, into: staging) }
            progress(.wrote(file: exporter.fileName, done: written.next(), total: exporters.count))
            return result
        }
        var mustSucceedFailed = false
        var failedOutside: [String] = []
        for (exporter, result) in zip(exporters, results) {
            switch result {
            case .success(var written):
                written.file = output.appendingPathComponent(exporter.fileName)
                report.outputs.append(written)
                report.diagnostics += written.diagnostics
            case .failure(let error):
                let path = output.appendingPathComponent(exporter.fileName).relativePath
                report.failures.append("\(path): \(exporter.name) export failed: \(error)")
                if exporter is OutsideExporter { failedOutside.append(exporter.fileName) } else { mustSucceedFailed = true }
            }
        }
        if report.outputs.isEmpty || mustSucceedFailed { throw .allFormatsFailed(report.failures) }
        try folder.commit(report.outputs.map(\.file.lastPathComponent))
        for fileName in failedOutside { folder.removeEarlier(fileName) }
        return report
    }

    /// Fetches (or finds in the cache) every URL input; returns the inputs with each fetched URL replaced by
    /// its cached file, and records in `options` where each page came from and which URLs failed.
    private func obtainWebPages(_ request: BuildRequest, into options: inout AssemblyOptions,
                                progress: (BuildProgress) -> Void) -> [String] {
        let urls = request.inputs.filter(WebInputs.isURL)
        guard !urls.isEmpty else { return request.inputs }
        progress(.fetching(urls: urls.count, offline: request.offline))
        let web = WebInputs(cache: FetchCache(directory: request.resolvedCacheDirectory), offline: request.offline,
                            policy: request.fetchPolicy)
        let pages = Dictionary(zip(urls, web.pages(for: urls)), uniquingKeysWith: { first, _ in first })
        var reported: Set<String> = []
        return request.inputs.compactMap { input in
            guard let result = pages[input] else { return input }
            switch result {
            case .success(let page):
                options.fetchedPages[page.file] = FetchedPage(source: page.url, url: page.finalURL)
                return page.file
            case .failure(let error):
                // Reported once, however often the URL is given.
                if reported.insert(input).inserted {
                    options.unavailableInputs.append(.unreadable(path: error.url, reason: error.reason))
                }
                return nil
            }
        }
    }

    private func selectExporters(_ names: [String]) throws(DossierKitError) -> [any Exporter] {
        if names.isEmpty { return registry.exporters }
        var selected: [any Exporter] = []
        for name in names {
            do {
                let exporter = try registry.exporter(named: name)
                if !selected.contains(where: { $0.name == exporter.name }) { selected.append(exporter) }
            } catch {
                throw .core(error)
            }
        }
        return selected
    }

    private func checkOutputDirectory(_ url: URL) throws(DossierKitError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .outputIsFile(path: url.relativePath)
        }
    }

    /// Creates the folder and its parents, naming the part of the path that is in the way.
    private func createOutputDirectory(_ url: URL) throws(DossierKitError) {
        let path = url.relativePath
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/\(component)"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else { throw .outputIsFile(path: String(prefix.trimmingPrefix("./"))) }
                continue
            }
            guard mkdir(prefix, 0o777) == 0 || errno == EEXIST else {
                throw .cannotCreateOutput(path: url.relativePath, reason: String(cString: strerror(errno)))
            }
        }
    }
}

