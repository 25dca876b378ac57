import DossierCore
import Foundation

/// Packets that once made the EPUB's quote marking quadratic (issue 17, failure 2): many quotes in one
/// paragraph, and one article that is a single line of megabytes.
public enum QuoteHeavyPackets {
    /// One paragraph holding `count` quotes, each found by the analysis.
    public static func quotesInOneParagraph(_ count: Int) -> Packet {
        let quotes = (1...count).map { "statement number \($0) of the day" }
        let text = quotes.map { "He said “\($0)”, and then" }.joined(separator: " ")
        let article = Article(id: "a1", source: "quotes.txt", title: "Many quotes", body: [.paragraph(Paragraph(id: "a1-p1", text: text))])
        return Packet(title: "Many quotes", date: BuildStages.date, articles: [article], quotes: quotes.enumerated().map { index, quote in
            Quote(id: "a1-q\(index + 1)", text: quote, speaker: nil, partial: false, article: "a1", paragraph: "a1-p1")
        })
    }

    /// A folder with one article whose body is one line of about `bytes` bytes of quoted speech.
    public static func oneLineArticle(bytes: Int) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-one-line-\(bytes)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sentence = "“We will stay as long as it takes,” said Amadou Diallo, the minister, on Monday. "
        let line = String(repeating: sentence, count: bytes / sentence.utf8.count)
        try "One long line\n\n\(line)\n".write(to: folder.appendingPathComponent("one-line.txt"), atomically: true, encoding: .utf8)
        return folder.path
    }
}
