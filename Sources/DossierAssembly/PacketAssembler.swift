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

    public func assemble(_ inputs: [String], progress: @Sendable (AssemblyProgress) -> Void = { _ in }) throws(AssemblyError) -> Packet {
        let files = try InputCollector.collect(inputs, excluding: options.excludedFolders, names: options.fetchedPages.mapValues(\.source))
        let readings = Self.readInParallel(files, progress: progress)

        var articles: [Article] = []
        var failures = options.unavailableInputs
        var diagnostics = failures.map { Diagnostic(.error, code: "article-skipped", "skipped: \($0)", file: $0.path) }
        for (file, reading) in zip(files, readings) {
            let page = options.fetchedPages[file]
            let source = page?.source ?? file
            switch reading {
            case .success(let reads):
                for read in reads {
                    var article = read.article
                    if let page {
                        // A feed's items keep their `#N` after the URL, as after a file's name.
                        article.source = reads.count > 1 ? page.source + article.source.drop { $0 != "#" } : page.source
                        // A URL the page names itself (front matter, a canonical link, a feed item's link) is kept.
                        article.url = article.url ?? page.url
                    }
                    options.overrides[source]?.apply(to: &article)
                    if article.date == nil {
                        // Nothing in the article dates it: the packet's date stands in, marked as such.
                        article.date = options.date
                        article.dateSource = .packetDate
                    }
                    article.id = "a\(articles.count + 1)"
                    article.renumberBlocks()
                    articles.append(article)
                    diagnostics += read.diagnostics.map { diagnostic in
                        var diagnostic = diagnostic
                        diagnostic.article = article.id
                        if diagnostic.file == file { diagnostic.file = source }
                        return diagnostic
                    }
                }
            case .failure(let error):
                let error = page.map { Self.naming(error, for: $0, readFrom: file) } ?? error
                failures.append(error)
                diagnostics.append(Diagnostic(.error, code: "article-skipped", "skipped: \(error)", file: source))
            }
        }
        guard !articles.isEmpty else { throw .nothingUsable(failures) }

        progress(.analysing(articles: articles.count))
        let analysis = Analyzer.analyze(articles, declaredStories: StoryDeclaration.declared(articles, stories: options.stories))
        return Packet(
            title: options.title ?? analysis.stories.first?.title ?? articles[0].title,
            date: options.date,
            articles: articles,
            entities: analysis.entities,
            quotes: analysis.quotes,
            quantities: analysis.quantities,
            timeline: analysis.timeline,
            keyPoints: analysis.keyPoints,
            synopsis: analysis.synopsis,
            stories: analysis.stories,
            corroborations: analysis.corroborations,
            diagnostics: diagnostics
        )
    }

    /// Reads files on all cores; results come back in input order, so output does not depend on timing.
    /// A feed gives several articles.
    static func readInParallel(_ files: [String], progress: @Sendable (AssemblyProgress) -> Void = { _ in }) -> [Result<[ArticleReading], AssemblyError>] {
        progress(.read(done: 0, total: files.count))
        let counter = ConcurrentCounter()
        return files.concurrentMap { path in
            let reading = Result { () throws(AssemblyError) in try ArticleReader.readAll(path: path) }
            progress(.read(done: counter.next(), total: files.count))
            return reading
        }
    }

    /// A fetched page's error names the URL as given, not the cache file it was read from.
    private static func naming(_ error: AssemblyError, for page: FetchedPage, readFrom file: String) -> AssemblyError {
        let message = error.description
        guard message.hasPrefix(file + ": ") else { return error }
        return .unreadable(path: page.source, reason: String(message.dropFirst(file.count + 2)))
    }
}

