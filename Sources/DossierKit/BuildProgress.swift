/// How far a build has got: what `dossier build` shows while it works.
public enum BuildProgress: Sendable, Equatable, CustomStringConvertible {
    case fetching(urls: Int, offline: Bool)
    case reading(done: Int, total: Int)
    case analysing(articles: Int)
    case writing(files: [String])
    /// `file` is written; `done` of `total` formats are.
    case wrote(file: String, done: Int, total: Int)

    public var description: String {
        switch self {
        case .fetching(let urls, let offline):
            offline ? "reading \(Self.count(urls, "URL")) from the cache" : "fetching \(Self.count(urls, "URL"))"
        case .reading(let done, let total):
            done == 0 ? "reading \(Self.count(total, "article"))" : "reading \(done) of \(Self.count(total, "article"))"
        case .analysing(let articles): "analysing \(Self.count(articles, "article"))"
        case .writing(let files): "writing \(files.joined(separator: ", "))"
        case .wrote(let file, let done, let total): "wrote \(file) (\(done) of \(Self.count(total, "format")))"
        }
    }

    /// A stage's first event, where a plain log (not a terminal) starts a new line; the events in
    /// between only move a counter.
    public var startsStage: Bool {
        switch self {
        case .fetching, .analysing, .writing: true
        case .reading(let done, _): done == 0
        case .wrote: false
        }
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
