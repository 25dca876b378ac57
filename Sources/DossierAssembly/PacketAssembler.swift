import DossierCore
import Foundation

/// Reads article files and builds a packet: articles in input order, then the analysis across them.
///
/// One bad article does not stop the packet: it is left out and reported in the packet's diagnostics.
/// Only when no article is usable does assembly throw.
public struct PacketAssembler: Sendable {
    public var options: AssemblyOptions

    public init(options: AssemblyOptions) {
        self.options = options
    }

    public func assemble(_ inputs: [String]) throws(AssemblyError) -> Packet {
        let files = try InputCollector.collect(inputs, excluding: options.excludedFolders)
        let readings = Self.readInParallel(files)

        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        var failures: [AssemblyError] = []
        for (file, reading) in zip(files, readings) {
            switch reading {
            case .success(let read):
                var article = read.article
                options.overrides[file]?.apply(to: &article)
                article.id = "a\(articles.count + 1)"
                article.renumberBlocks()
                articles.append(article)
                diagnostics += read.diagnostics.map { var d = $0; d.article = article.id; return d }
            case .failure(let error):
                failures.append(error)
                diagnostics.append(Diagnostic(.error, code: "article-skipped", "skipped: \(error)", file: file))
            }
        }
        guard !articles.isEmpty else { throw .nothingUsable(failures) }

        let analysis = Analyzer.analyze(articles)
        return Packet(
            title: options.title ?? Self.title(for: articles),
            date: options.date,
            articles: articles,
            entities: analysis.entities,
            quotes: analysis.quotes,
            quantities: analysis.quantities,
            timeline: analysis.timeline,
            keyPoints: analysis.keyPoints,
            corroborations: analysis.corroborations,
            diagnostics: diagnostics
        )
    }

    /// Reads files on all cores; results come back in input order, so output does not depend on timing.
    static func readInParallel(_ files: [String]) -> [Result<ArticleReading, AssemblyError>] {
        files.concurrentMap { path in Result { () throws(AssemblyError) in try ArticleReader.read(path: path) } }
    }

    private static func title(for articles: [Article]) -> String {
        articles.count == 1 ? articles[0].title : "Briefing: \(articles[0].title)"
    }
}
