import Foundation

/// A page in the fetch cache: the file assembly reads and where the page came from.
public struct CachedPage: Sendable, Equatable {
    /// The URL as the user gave it.
    public var url: String
    /// Where the redirects ended.
    public var finalURL: String
    /// The cached body, named `<cache>/<key>.<ext>` with the extension that tells what it holds.
    public var file: String
}

/// One folder of fetched pages: for each URL, its body as a file and a small JSON file saying what it is.
///
/// Entries are keyed by the URL as given, so a rebuild of the same inputs finds every page without asking
/// the network. The metadata is written last and renamed into place: a half-written entry does not exist.
public struct FetchCache: Sendable {
    /// The name of the default cache folder, made beside the output folder.
    public static let defaultFolderName = ".dossier-cache"

    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The entry's metadata file.
    struct Entry: Codable, Equatable {
        var url: String
        var finalURL: String
        var status: Int
        var contentType: String?
        /// The body file's name inside the cache folder.
        var body: String
        var transcodedFrom: String?
    }

    public func lookup(_ url: String) -> CachedPage? {
        let metadata = path(key(for: url) + ".meta.json")
        guard let data = FileManager.default.contents(atPath: metadata),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.url == url, FileManager.default.fileExists(atPath: path(entry.body)) else { return nil }
        return CachedPage(url: url, finalURL: entry.finalURL, file: path(entry.body))
    }

    public func store(_ response: FetchedResponse) throws(FetchError) -> CachedPage {
        let content = try PageContent(response)
        let key = key(for: response.requestedURL)
        let entry = Entry(url: response.requestedURL, finalURL: response.finalURL, status: response.status,
                          contentType: response.contentType, body: "\(key).\(content.kind.fileExtension)",
                          transcodedFrom: content.transcodedFrom)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try content.body.write(to: URL(fileURLWithPath: path(entry.body)), options: .atomic)
            try encoder.encode(entry).write(to: URL(fileURLWithPath: path(key + ".meta.json")), options: .atomic)
        } catch {
            throw .cacheUnwritable(url: response.requestedURL, path: directory,
                                   reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        return CachedPage(url: response.requestedURL, finalURL: response.finalURL, file: path(entry.body))
    }

    /// `<host>-<16 hex digits>`: readable in a listing, and distinct for distinct URLs (FNV-1a, 64 bits;
    /// a collision only costs a fetch, since lookup checks the stored URL).
    func key(for url: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in url.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let host = (URL(string: url)?.host ?? "page").lowercased().filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        let hex = String(hash, radix: 16)
        return "\(host.isEmpty ? "page" : host)-\(String(repeating: "0", count: 16 - hex.count))\(hex)"
    }

    private func path(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : "\(directory)/\(name)"
    }
}
