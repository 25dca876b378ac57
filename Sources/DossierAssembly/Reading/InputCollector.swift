import Foundation

import DossierWeb

/// Turns the paths a user gave into the article files to read: files as given, folders searched
/// recursively for text (`.txt`, `.md`), pages (`.html`, `.htm`, `.xhtml`, `.html.gz`) and feeds (`.xml`,
/// `.rss`, `.atom`, and `.json` when it is a JSON Feed), everything in sorted order so that IDs do not
/// depend on the file system. Dossier's own `packet.json` is never an input.
enum InputCollector {
    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]
    static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]
    static let feedExtensions: Set<String> = ["xml", "rss", "atom"]

    static func isWebFile(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent.lowercased()
        let base = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        return pageExtensions.contains((base as NSString).pathExtension)
    }

    static func collect(_ paths: [String]) throws(AssemblyError) -> [String] {
        var files: [String] = []
        var seen: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .missingInput(path: path)
            }
            let found = isDirectory.boolValue ? try articles(inFolder: path) : [path]
            for file in found where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
                files.append(file)
            }
        }
        return files
    }

    /// Text and pages by name; feeds and JSON Feeds only when their content says so.
    private static func isArticle(name: String, path: String) -> Bool {
        let lower = name.lowercased()
        let ext = (lower as NSString).pathExtension
        if articleExtensions.contains(ext) || isWebFile(lower) { return true }
        guard feedExtensions.contains(ext) || ext == "json" else { return false }
        return WebReader.kind(of: head(of: path)) == .feed
    }

    private static func head(of path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
    }

    private static func articles(inFolder folder: String) throws(AssemblyError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw .unreadable(path: folder, reason: "cannot list the folder")
        }
        var relative: [String] = []
        while let entry = enumerator.nextObject() as? String {
            let name = (entry as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if isArticle(name: name, path: "\(folder)/\(entry)") { relative.append(entry) }
        }
        guard !relative.isEmpty else { throw .noArticles(path: folder) }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return relative.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { "\(base)/\($0)" }
    }
}
