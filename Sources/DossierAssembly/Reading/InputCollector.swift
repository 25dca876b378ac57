import Foundation

/// Turns the paths a user gave into the article files to read: files as given, folders searched
/// recursively for `.txt` and `.md`, everything in sorted order so that IDs do not depend on the file system.
enum InputCollector {
    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

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

    private static func articles(inFolder folder: String) throws(AssemblyError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw .unreadable(path: folder, reason: "cannot list the folder")
        }
        var relative: [String] = []
        while let entry = enumerator.nextObject() as? String {
            let name = (entry as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if articleExtensions.contains((name as NSString).pathExtension.lowercased()) { relative.append(entry) }
        }
        guard !relative.isEmpty else { throw .noArticles(path: folder) }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return relative.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { "\(base)/\($0)" }
    }
}
