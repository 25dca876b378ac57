import DossierCore
import DossierWeb
import Foundation

/// Turns the paths a user gave into the article files to read: files as given, folders searched
/// recursively for text (`.txt`, `.md`), pages (`.html`, `.htm`, `.xhtml`, `.html.gz`) and feeds (`.xml`,
/// `.rss`, `.atom`, and `.json` when it is a JSON Feed). Dossier's own `packet.json` is never an input.
///
/// The result does not depend on the file system or on the order of the inputs: each file is keyed by
/// its path relative to the input that named it (a file named directly: its own name), sorted by byte
/// order of that key, then by content, then by the path. A file reached twice (the same device and
/// inode: a symbolic or hard link, an input named twice) is read once. In folders, the build's output
/// folder, files Dossier wrote (their generator mark), project files such as README.md, hidden files and
/// anything that is not a regular file are left out.
enum InputCollector {
    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]
    static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]
    static let feedExtensions: Set<String> = ["xml", "rss", "atom"]
    /// Files next to articles that describe the folder rather than report news.
    static let projectFileStems: Set<String> = ["readme", "sources", "license", "licence", "changelog", "contributing", "notes"]

    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private struct Candidate {
        var key: String
        var path: String
        var identity: Identity
    }

    /// `names`: what a file named directly is sorted by when not its own name (a fetched page: its URL).
    static func collect(_ paths: [String], excluding excludedFolders: [String] = [], names: [String: String] = [:]) throws(AssemblyError) -> [String] {
        var excluded: Set<Identity> = []
        for folder in excludedFolders {
            if let (_, identity) = try? status(of: folder) { excluded.insert(identity) }
        }
        var candidates: [Candidate] = []
        for path in paths {
            let (info, identity) = try status(of: path)
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                var visited: Set<Identity> = [identity]
                let before = candidates.count
                try walk(folder: path, relative: "", visited: &visited, excluded: excluded, into: &candidates)
                if candidates.count == before { throw .noArticles(path: path) }
            case S_IFREG:
                candidates.append(Candidate(key: names[path] ?? (path as NSString).lastPathComponent, path: path, identity: identity))
            default:
                throw .unreadable(path: path, reason: "not a regular file (\(kind(of: info.st_mode))); name an article file or a folder")
            }
        }
        var seen: Set<Identity> = []
        return canonicalOrder(candidates).filter { seen.insert($0.identity).inserted }.map(\.path)
    }

    private static func walk(folder: String, relative: String, visited: inout Set<Identity>, excluded: Set<Identity>,
                             into candidates: inout [Candidate]) throws(AssemblyError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadable(path: folder, reason: "cannot list the folder: \((error as NSError).localizedFailureReason ?? "permission denied")")
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            let path = "\(base)/\(name)", key = relative.isEmpty ? name : "\(relative)/\(name)"
            // A dangling link, a link loop or a file that vanished is not an article; a path too long to open is reported.
            let found: (stat, Identity)
            do {
                found = try status(of: path)
            } catch {
                if errno == ENAMETOOLONG { throw error }
                continue
            }
            let (info, identity) = found
            guard !excluded.contains(identity) else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if visited.insert(identity).inserted {
                    try walk(folder: path, relative: key, visited: &visited, excluded: excluded, into: &candidates)
                }
            case S_IFREG:
                let stem = (name as NSString).deletingPathExtension.lowercased()
                guard isArticle(name: name, path: path), !projectFileStems.contains(stem), !isWrittenByDossier(path) else { continue }
                candidates.append(Candidate(key: key, path: path, identity: identity))
            default:
                continue
            }
        }
    }

    /// Sorted by key, then content, then path: none of these depends on the command line's order.
    private static func canonicalOrder(_ candidates: [Candidate]) -> [Candidate] {
        var contents: [String: Data] = [:]
        func content(_ path: String) -> Data {
            if let data = contents[path] { return data }
            let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            contents[path] = data
            return data
        }
        return candidates.sorted { a, b in
            if a.key != b.key { return a.key.utf8.lexicographicallyPrecedes(b.key.utf8) }
            if a.identity != b.identity {
                let (first, second) = (content(a.path), content(b.path))
                if first != second { return first.lexicographicallyPrecedes(second) }
            }
            return a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
        }
    }

    /// A page by its name: `.html`, `.htm`, `.xhtml`, each also gzip-compressed.
    static func isWebFile(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent.lowercased()
        let base = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        return pageExtensions.contains((base as NSString).pathExtension)
    }

    /// Text and pages by name; feeds and JSON Feeds only when their content says so.
    private static func isArticle(name: String, path: String) -> Bool {
        let lower = name.lowercased()
        let ext = (lower as NSString).pathExtension
        if articleExtensions.contains(ext) || isWebFile(lower) { return true }
        guard feedExtensions.contains(ext) || ext == "json" else { return false }
        return WebReader.kind(of: head(of: path, bytes: 4096)) == .feed
    }

    private static func head(of path: String, bytes: Int) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: bytes)) ?? Data())
    }

    /// Dossier's own briefs carry its generator mark: `generator: "Dossier …"` in the front matter of
    /// brief.md, `<meta name="generator" content="Dossier …">` in brief.html.
    private static func isWrittenByDossier(_ path: String) -> Bool {
        let head = String(decoding: head(of: path, bytes: 2048), as: UTF8.self)
        let name = Generator.dossier.name
        if head.contains("<meta name=\"generator\" content=\"\(name)") { return true }
        guard head.hasPrefix("---\n") || head.hasPrefix("+++\n") else { return false }
        return head.contains("\ngenerator: \"\(name) ") || head.contains("\ngenerator = \"\(name) ")
    }

    private static func status(of path: String) throws(AssemblyError) -> (stat, Identity) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missingInput(path: path) }
            throw .unreadable(path: path, reason: reason(errno: code))
        }
        return (info, Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    private static func reason(errno code: Int32) -> String {
        switch code {
        case ELOOP: "symbolic links loop (a link leads back to itself)"
        case ENAMETOOLONG: "path is longer than the system allows; move the articles higher up"
        case EACCES: "permission denied"
        default: String(cString: strerror(code))
        }
    }

    private static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "not a file or folder"
        }
    }
}
