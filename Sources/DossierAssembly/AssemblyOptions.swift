import DossierCore

/// Settings of one assembly.
public struct AssemblyOptions: Sendable {
    /// The packet title; nil makes one from the articles.
    public var title: String?
    public var date: PacketDate
    /// What a manifest says about single articles, keyed by the article's path as the inputs name it.
    public var overrides: [String: ArticleOverride]
    /// Inputs that are fetched pages, keyed by the cached file that assembly reads in their place.
    public var fetchedPages: [String: FetchedPage]
    /// Inputs that could not be obtained at all (a URL that failed to fetch): reported as skipped articles.
    public var unavailableInputs: [AssemblyError]
    /// The manifest's `stories:`: each story's name and the files or folders it holds, in the order
    /// written. Empty: one story per input folder when there are several, else grouped by content.
    public var stories: [(title: String, paths: [String])]
    /// Folders never read as articles, even inside an input folder: the build's own output folder.
    public var excludedFolders: [String] = []

    public init(title: String? = nil, date: PacketDate, overrides: [String: ArticleOverride] = [:],
                fetchedPages: [String: FetchedPage] = [:], unavailableInputs: [AssemblyError] = [],
                stories: [(title: String, paths: [String])] = []) {
        self.title = title
        self.date = date
        self.overrides = overrides
        self.fetchedPages = fetchedPages
        self.unavailableInputs = unavailableInputs
        self.stories = stories
    }
}

/// A page read from a cached file: the article is named by the URL as given, not by the cache's file name.
public struct FetchedPage: Sendable, Equatable {
    /// The URL as given; it becomes the article's `source` and the key of its overrides.
    public var source: String
    /// Where the redirects ended; it becomes the article's `url` when the page names none itself.
    public var url: String

    public init(source: String, url: String) {
        self.source = source
        self.url = url
    }
}

/// Facts about an article that its text lacks or gets wrong; they win over what reading infers.
public struct ArticleOverride: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var date: PacketDate?

    public init(title: String? = nil, outlet: String? = nil, url: String? = nil, date: PacketDate? = nil) {
        self.title = title
        self.outlet = outlet
        self.url = url
        self.date = date
    }

    func apply(to article: inout Article) {
        if let title {
            article.title = title
            article.titleInferred = false
        }
        if let outlet { article.outlet = outlet }
        if let url { article.url = url }
        if let date {
            article.date = date
            article.dateSource = .manifest
        }
    }
}
