import DossierAssembly
import DossierCore
import DossierDOCX
import DossierEPUB
import DossierHTML
import DossierMarkdown
import DossierXLSX
import Foundation
import Yams

/// Reads `dossier.yml` strictly: an unknown key or a value of the wrong kind is an error naming the
/// file, the line and, for a misspelt key, the key that was probably meant.
public enum ManifestReader {
    public static let fileName = "dossier.yml"

    public static func read(_ path: String) throws(DossierKitError) -> Manifest {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .manifest(file: path, line: nil, message: "cannot read: \((error as NSError).localizedFailureReason ?? "\(error)")")
        }
        if let violation = YAMLAliasLimit.violation(in: text) {
            throw .manifest(file: path, line: violation.line, message: "not accepted: \(violation.reason)")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw .manifest(file: path, line: nil, message: "not valid YAML: \(error)")
        } catch {
            throw .manifest(file: path, line: nil, message: "not valid YAML: \(error)")
        }
        guard let node else { return Manifest() }
        return try ManifestDecoder(file: path).manifest(from: node)
    }
}

/// Walks the YAML node tree, keeping line numbers for errors.
private struct ManifestDecoder {
    let file: String

    func manifest(from node: Node) throws(DossierKitError) -> Manifest {
        var manifest = Manifest()
        try forEachKey(in: node, known: ["title", "date", "inputs", "output", "cache", "formats", "articles", "stories", "markdown", "xlsx", "epub", "docx", "html", "exporters"]) { key, value throws(DossierKitError) in
            switch key {
            case "title": manifest.title = try string(value)
            case "date": manifest.date = try date(value)
            case "inputs": manifest.inputs = try strings(value)
            case "output": manifest.output = try string(value)
            case "cache": manifest.cache = try string(value)
            case "formats": manifest.formats = try strings(value)
            case "articles": manifest.articles = try articles(value)
            case "stories": manifest.stories = try stories(value)
            case "markdown": manifest.markdown = try markdown(value)
            case "xlsx": manifest.xlsx = try xlsx(value)
            case "epub": manifest.epub = try epub(value)
            case "docx": manifest.docx = try docx(value)
            case "html": manifest.html = try html(value)
            default: manifest.exporters = try exporters(value)
            }
        }
        return manifest
    }

    private func articles(_ node: Node) throws(DossierKitError) -> [String: ArticleOverride] {
        var overrides: [String: ArticleOverride] = [:]
        for (keyNode, value) in try mapping(node) {
            let path = try string(keyNode)
            var override = ArticleOverride()
            try forEachKey(in: value, known: ["title", "outlet", "url", "date"]) { key, value throws(DossierKitError) in
                switch key {
                case "title": override.title = try string(value)
                case "outlet": override.outlet = try string(value)
                case "url": override.url = try string(value)
                default: override.date = try date(value)
                }
            }
            overrides[path] = override
        }
        return overrides
    }

    /// `Story name: [files or folders]`, in the order written.
    private func stories(_ node: Node) throws(DossierKitError) -> [(title: String, paths: [String])] {
        var stories: [(title: String, paths: [String])] = []
        for (keyNode, value) in try mapping(node) {
            stories.append((try string(keyNode), value.sequence != nil ? try strings(value) : [try string(value)]))
        }
        return stories
    }

    private func markdown(_ node: Node) throws(DossierKitError) -> MarkdownOptions {
        var options = MarkdownOptions()
        try forEachKey(in: node, known: ["front-matter", "citations", "template", "mermaid", "words"]) { key, value throws(DossierKitError) in
            switch key {
            case "front-matter": options.frontMatter = try choice(value, FrontMatterStyle.self)
            case "citations": options.citations = try choice(value, CitationStyle.self)
            case "template": options.template = URL(fileURLWithPath: try string(value))
            case "words": options.words = try int(value)
            default: options.mermaid = try bool(value)
            }
        }
        return options
    }

    private func xlsx(_ node: Node) throws(DossierKitError) -> XLSXOptions {
        var options = XLSXOptions()
        try forEachKey(in: node, known: ["constant-memory-threshold"]) { _, value throws(DossierKitError) in
            options.constantMemoryThreshold = try int(value)
        }
        return options
    }

    private func epub(_ node: Node) throws(DossierKitError) -> EPUBOptions {
        var options = EPUBOptions()
        try forEachKey(in: node, known: ["language", "maximum-chapter-bytes"]) { key, value throws(DossierKitError) in
            switch key {
            case "language": options.language = try languageTag(value)
            default: options.maximumChapterBytes = try int(value)
            }
        }
        return options
    }

    private func docx(_ node: Node) throws(DossierKitError) -> DOCXOptions {
        var options = DOCXOptions()
        try forEachKey(in: node, known: ["paper", "language"]) { key, value throws(DossierKitError) in
            switch key {
            case "paper": options.paper = try choice(value, PaperSize.self)
            default: options.language = try string(value)
            }
        }
        return options
    }

    private func html(_ node: Node) throws(DossierKitError) -> HTMLOptions {
        var options = HTMLOptions()
        try forEachKey(in: node, known: ["language"]) { _, value throws(DossierKitError) in
            options.language = try string(value)
        }
        return options
    }

    private func exporters(_ node: Node) throws(DossierKitError) -> [OutsideExporter] {
        var exporters: [OutsideExporter] = []
        for (keyNode, value) in try mapping(node) {
            let name = try string(keyNode)
            var command: [String] = [], fileName: String?, summary = "outside exporter", seconds = 60
            try forEachKey(in: value, known: ["command", "file", "summary", "timeout"]) { key, value throws(DossierKitError) in
                switch key {
                case "command": command = value.sequence != nil ? try strings(value) : [try string(value)]
                case "file": fileName = try string(value)
                case "summary": summary = VisibleText.line(try string(value))
                default: seconds = try int(value)
                }
            }
            if let problem = ExporterNames.problem(withName: name) { throw error(at: keyNode, "exporter \(problem); choose another name") }
            guard !command.isEmpty else { throw error(at: value, "exporter '\(name)' needs a 'command'") }
            guard let fileName else { throw error(at: value, "exporter '\(name)' needs a 'file' name for its output") }
            if let problem = ExporterNames.problem(withFileName: fileName) {
                throw error(at: value, "exporter '\(name)': 'file' \(problem)")
            }
            if let other = exporters.first(where: { $0.fileName.lowercased() == fileName.lowercased() }) {
                throw error(at: value, "exporter '\(name)': 'file' '\(fileName)' is already the file of exporter '\(other.name)'")
            }
            exporters.append(OutsideExporter(name: name, fileName: fileName, summary: summary, command: command,
                                             timeLimit: .seconds(seconds), origin: ManifestReader.fileName))
        }
        return exporters
    }

    // MARK: Scalars and structure

    private func forEachKey(in node: Node, known: [String], _ body: (String, Node) throws(DossierKitError) -> Void) throws(DossierKitError) {
        for (keyNode, value) in try mapping(node) {
            let key = try string(keyNode)
            guard known.contains(key) else {
                let hint = Suggestion.closest(to: key, in: known).map { " Did you mean '\($0)'?" } ?? ""
                throw error(at: keyNode, "unknown key '\(key)'.\(hint) Known keys here: \(known.joined(separator: ", ")).")
            }
            try body(key, value)
        }
    }

    private func mapping(_ node: Node) throws(DossierKitError) -> [(Node, Node)] {
        guard let mapping = node.mapping else { throw error(at: node, "expected a mapping of keys to values") }
        return mapping.map { ($0.key, $0.value) }
    }

    private func string(_ node: Node) throws(DossierKitError) -> String {
        guard case .scalar(let scalar) = node else { throw error(at: node, "expected a text value") }
        return scalar.string
    }

    private func strings(_ node: Node) throws(DossierKitError) -> [String] {
        guard let sequence = node.sequence else { throw error(at: node, "expected a list") }
        var values: [String] = []
        for item in sequence { values.append(try string(item)) }
        return values
    }

    private func int(_ node: Node) throws(DossierKitError) -> Int {
        guard let value = node.int, value > 0 else { throw error(at: node, "expected a positive whole number") }
        return value
    }

    private func bool(_ node: Node) throws(DossierKitError) -> Bool {
        guard let value = node.bool else { throw error(at: node, "expected true or false") }
        return value
    }

    private func date(_ node: Node) throws(DossierKitError) -> PacketDate {
        let text = try string(node)
        guard let date = PacketDate(text) else { throw error(at: node, "invalid date '\(text)': expected YYYY-MM-DD") }
        return date
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ type: T.Type) throws(DossierKitError) -> T where T.RawValue == String {
        let text = try string(node)
        guard let value = T(rawValue: text) else {
            throw error(at: node, "'\(text)' is not one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// A BCP 47 language tag as EPUB's dc:language needs it: a 2–3 or 5–8 letter language, then
    /// subtags of 1–8 letters or digits (en, fr-CA, zh-Hant-TW, sr-Latn).
    private func languageTag(_ node: Node) throws(DossierKitError) -> String {
        let text = try string(node)
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        let isASCIIAlphanumeric: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let language = subtags.first, [2, 3, 5, 6, 7, 8].contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }),
              subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(isASCIIAlphanumeric) }) else {
            throw error(at: node, "language '\(VisibleText.line(text))' is not a BCP 47 language tag such as en, fr-CA or pt-BR")
        }
        return text
    }

    private func error(at node: Node, _ message: String) -> DossierKitError {
        .manifest(file: file, line: node.mark?.line, message: message)
    }
}
