import DossierFetch
import Foundation

/// A `--urls` file: one URL a line; blank lines and lines starting with `#` are skipped.
enum URLList {
    static func read(_ path: String) throws(DossierKitError) -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingURLList(path: path) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .urlList(file: path, line: nil, message: "cannot read it as UTF-8 text")
        }
        var urls: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let entry = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            guard WebInputs.isURL(entry), !entry.contains(where: \.isWhitespace) else {
                throw .urlList(file: path, line: index + 1, message: "'\(entry)' is not an http or https URL")
            }
            urls.append(entry)
        }
        return urls
    }
}
