import DossierCore

/// Settings of one assembly.
public struct AssemblyOptions: Sendable {
    /// The packet title; nil makes one from the articles.
    public var title: String?
    public var date: PacketDate
    /// What a manifest says about single articles, keyed by the article's path as the inputs name it.
    public var overrides: [String: ArticleOverride]
    /// Folders never read as articles, even inside an input folder: the build's own output folder.
    public var excludedFolders: [String] = []

    public init(title: String? = nil, date: PacketDate, overrides: [String: ArticleOverride] = [:]) {
        self.title = title
        self.date = date
        self.overrides = overrides
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
        if let date { article.date = date }
    }
}
