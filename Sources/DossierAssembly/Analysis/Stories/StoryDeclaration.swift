import DossierCore

/// The stories a user declared: the manifest's `stories:`, or else the folders the articles came from
/// when there are several. Nil leaves the grouping to the articles' content.
enum StoryDeclaration {
    static func declared(_ articles: [Article], stories: [(title: String, paths: [String])]) -> [DeclaredStory]? {
        if !stories.isEmpty { return byManifest(articles, stories: stories) }
        var folders: [String] = []
        var members: [String: [Int]] = [:]
        for (a, article) in articles.enumerated() {
            let folder = folder(of: article.source)
            if members[folder] == nil { folders.append(folder) }
            members[folder, default: []].append(a)
        }
        guard folders.count > 1 else { return nil }
        return folders.map { DeclaredStory(title: nil, articles: members[$0] ?? []) }
    }

    /// Each named story takes the articles under its paths; an article no path names is a story of its own.
    private static func byManifest(_ articles: [Article], stories: [(title: String, paths: [String])]) -> [DeclaredStory] {
        var taken: Set<Int> = []
        var declared: [DeclaredStory] = []
        for story in stories {
            let members = articles.indices.filter { a in
                !taken.contains(a) && story.paths.contains { contains($0, articles[a].source) }
            }
            guard !members.isEmpty else { continue }
            taken.formUnion(members)
            declared.append(DeclaredStory(title: story.title, articles: members))
        }
        for a in articles.indices where !taken.contains(a) {
            declared.append(DeclaredStory(title: nil, articles: [a]))
        }
        return declared
    }

    private static func contains(_ path: String, _ source: String) -> Bool {
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        return source == folder || source.hasPrefix(folder + "/")
    }

    private static func folder(of source: String) -> String {
        guard let slash = source.lastIndex(of: "/") else { return "." }
        return String(source[..<slash])
    }
}
