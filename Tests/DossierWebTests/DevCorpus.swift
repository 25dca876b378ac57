import DossierCore
import Foundation
@testable import DossierWeb

/// The 130 pages of `../shared/html-dev/readability`, read once, with the figures the tests assert.
struct DevCorpus: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.deletingLastPathComponent().appendingPathComponent("shared/html-dev/readability")
    static let shared = Result { try DevCorpus() }

    struct Page: Sendable {
        var name: String
        var article: Article?
        var expected: [String: String]
        /// Word-shingle precision and recall of the body against the text of `expected.html`.
        var precision: Double
        var recall: Double
    }

    let pages: [Page]

    init() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("\($0)/source.html").path) }
            .sorted()
        pages = try names.map { name in
            let folder = Self.folder.appendingPathComponent(name)
            let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("expected-metadata.json"))) as? [String: Any] ?? [:]
            let expected = metadata.compactMapValues { $0 as? String }
            let article = try? WebReader.read(path: folder.appendingPathComponent("source.html").path).articles.first
            let reference = ReferenceText.of(try Data(contentsOf: folder.appendingPathComponent("expected.html")))
            let extracted = article?.body.map(\.plainText).joined(separator: "\n") ?? ""
            let (precision, recall) = Shingles.precisionRecall(extracted: extracted, reference: reference)
            return Page(name: name, article: article, expected: expected, precision: precision, recall: recall)
        }
    }

    /// Share of the pages with an expected `key` whose article agrees, by `same`.
    func agreement(_ key: String, _ value: (Article) -> String?, same: (String, String) -> Bool) -> (share: Double, misses: [String]) {
        let judged = pages.filter { !($0.expected[key] ?? "").isEmpty }
        var misses: [String] = []
        for page in judged {
            let got = page.article.flatMap(value) ?? ""
            if !same(got, page.expected[key]!) { misses.append("\(page.name): got “\(got)”, expected “\(page.expected[key]!)”") }
        }
        return (Double(judged.count - misses.count) / Double(max(judged.count, 1)), misses)
    }

    /// Precision and recall averaged over pages, and their F1, as the extraction benchmark reports it.
    var bodyF1: (precision: Double, recall: Double, f1: Double) {
        let precision = pages.map(\.precision).reduce(0, +) / Double(pages.count)
        let recall = pages.map(\.recall).reduce(0, +) / Double(pages.count)
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The text of a reference extraction (`expected.html`), blocks separated by line breaks.
enum ReferenceText {
    static func of(_ data: Data) -> String {
        guard let parsed = LibXML.parseHTML([UInt8](data), encoding: "UTF-8") else { return "" }
        return parsed.tree.innerText(of: parsed.tree.root)
    }
}

/// Word shingles as the article-extraction benchmark compares texts: lowercased word tokens in
/// overlapping runs of four, counted as multisets.
enum Shingles {
    static let size = 4

    static func precisionRecall(extracted: String, reference: String) -> (Double, Double) {
        let predicted = shingles(extracted), truth = shingles(reference)
        if predicted.isEmpty && truth.isEmpty { return (1, 1) }
        if predicted.isEmpty || truth.isEmpty { return (0, 0) }
        let overlap = truth.reduce(0) { $0 + min($1.value, predicted[$1.key] ?? 0) }
        return (Double(overlap) / Double(predicted.values.reduce(0, +)), Double(overlap) / Double(truth.values.reduce(0, +)))
    }

    static func shingles(_ text: String) -> [String: Int] {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        var counts: [String: Int] = [:]
        if words.count < size {
            if !words.isEmpty { counts[words.joined(separator: " "), default: 0] += 1 }
            return counts
        }
        for start in 0...(words.count - size) {
            counts[words[start..<start + size].joined(separator: " "), default: 0] += 1
        }
        return counts
    }
}
