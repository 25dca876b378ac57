import DossierCore

/// Articles the user put together: one input folder, or one entry of the manifest's `stories:`.
public struct DeclaredStory: Sendable, Equatable {
    /// The manifest's name for the story; nil for a folder, which takes its central headline.
    public var title: String?
    /// Indices into the packet's articles, in packet order.
    public var articles: [Int]

    public init(title: String?, articles: [Int]) {
        self.title = title
        self.articles = articles
    }
}

/// Groups a packet's articles into stories. Declared stories are kept as given; otherwise two articles
/// belong together when their ``similarity`` reaches ``sameStoryThreshold``, and groups are joined
/// through any such pair (single linkage over article order, so the result never depends on timing).
/// Near-identical texts (``syndicationThreshold``) are copies of one wire story: always one story, and
/// listed so that they count as one source.
enum StoryGrouper {
    /// The least ``similarity`` of two articles on one story. Measured: the seeds' two reports of one
    /// briefing score 0.37, four short reports of one flood 0.20 to 0.42, while the twelve unrelated dev
    /// articles all stay below 0.18 (the highest pair: two British politics stories, a week apart).
    static let sameStoryThreshold = 0.2
    /// The cosine above which two texts are copies of the same wire story, edited lightly.
    static let syndicationThreshold = 0.9

    struct Grouping {
        /// Per story, its article indices in packet order; stories in order of their first article.
        var stories: [[Int]]
        var titles: [String?]
        /// Per story, its groups of syndicated copies (article indices).
        var syndicated: [[[Int]]]

        /// Each article's story number.
        func storyOfArticle(count: Int) -> [Int] {
            var story = Array(repeating: 0, count: count)
            for (n, members) in stories.enumerated() {
                for a in members { story[a] = n }
            }
            return story
        }
    }

    static func group(articleVectors: [[(term: Int, weight: Double)]], entitySets: [Set<String>],
                      declared: [DeclaredStory]?) -> Grouping {
        let pairs = candidatePairs(articleVectors)
        var copies = UnionFind(articleVectors.count)
        for (a, b) in pairs where cosine(articleVectors[a], articleVectors[b]) >= syndicationThreshold {
            copies.join(a, b)
        }
        let stories: [[Int]]
        let titles: [String?]
        if let declared, !declared.isEmpty {
            stories = declared.map(\.articles)
            titles = declared.map(\.title)
        } else {
            var together = copies
            for (a, b) in pairs where similarity(articleVectors, entitySets, a, b) >= sameStoryThreshold {
                together.join(a, b)
            }
            stories = together.groups()
            titles = stories.map { _ in nil }
        }
        let copyGroups = copies.groups().filter { $0.count > 1 }
        let syndicated = stories.map { story in
            let members = Set(story)
            return copyGroups.filter { $0.allSatisfy(members.contains) }
        }
        return Grouping(stories: stories, titles: titles, syndicated: syndicated)
    }

    /// How many of an article's heaviest terms index it: two articles on one story share some of them.
    static let indexedTerms = 30
    /// A term among the heaviest of more articles than this says nothing about which belong together.
    static let commonTermArticles = 50

    /// The pairs worth comparing, in increasing order: articles that share one of their heaviest terms.
    /// Comparing every pair would be quadratic in the packet.
    static func candidatePairs(_ vectors: [[(term: Int, weight: Double)]]) -> [(Int, Int)] {
        var articlesOfTerm: [Int: [Int]] = [:]
        for (a, vector) in vectors.enumerated() {
            let heaviest = vector.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }.prefix(indexedTerms)
            for entry in heaviest { articlesOfTerm[entry.term, default: []].append(a) }
        }
        var pairs: Set<Int> = []
        for articles in articlesOfTerm.values where articles.count > 1 && articles.count <= commonTermArticles {
            for (i, a) in articles.enumerated() {
                for b in articles[(i + 1)...] { pairs.insert(a * vectors.count + b) }
            }
        }
        return pairs.sorted().map { ($0 / vectors.count, $0 % vectors.count) }
    }

    /// Half the cosine of the articles' TF-IDF vectors plus half the Jaccard index of the entities they name.
    static func similarity(_ vectors: [[(term: Int, weight: Double)]], _ entities: [Set<String>], _ a: Int, _ b: Int) -> Double {
        let union = entities[a].union(entities[b]).count
        let shared = union == 0 ? 0 : Double(entities[a].intersection(entities[b]).count) / Double(union)
        return 0.5 * cosine(vectors[a], vectors[b]) + 0.5 * shared
    }

    /// The unit sum of an article's sentence vectors, terms in increasing order.
    static func articleVector(_ sentences: [[(term: Int, weight: Double)]]) -> [(term: Int, weight: Double)] {
        var sums: [Int: Double] = [:]
        for vector in sentences {
            for (term, weight) in vector { sums[term, default: 0] += weight }
        }
        let sorted = sums.sorted { $0.key < $1.key }
        let norm = sorted.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
        guard norm > 0 else { return [] }
        return sorted.map { (term: $0.key, weight: $0.value / norm) }
    }

    /// The dot product of two unit vectors whose terms are in increasing order.
    static func cosine(_ a: [(term: Int, weight: Double)], _ b: [(term: Int, weight: Double)]) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < a.count, j < b.count {
            if a[i].term == b[j].term {
                total += a[i].weight * b[j].weight
                i += 1
                j += 1
            } else if a[i].term < b[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }
}

/// Disjoint sets of article indices; every group is named by its smallest index.
private struct UnionFind {
    private var parent: [Int]

    init(_ count: Int) { parent = Array(0..<count) }

    mutating func root(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func join(_ a: Int, _ b: Int) {
        let (ra, rb) = (root(a), root(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// The groups in order of their first member, each in increasing order.
    mutating func groups() -> [[Int]] {
        var indexOfRoot: [Int: Int] = [:]
        var groups: [[Int]] = []
        for x in parent.indices {
            let r = root(x)
            if let index = indexOfRoot[r] {
                groups[index].append(x)
            } else {
                indexOfRoot[r] = groups.count
                groups.append([x])
            }
        }
        return groups
    }
}

extension StoryGrouper {
    /// The stories as the packet holds them, most central first: the most articles, then the best packet
    /// key point, then the first article. A story without a declared title takes the headline of the
    /// article of its best packet key point, else of its first article.
    static func stories(_ grouping: Grouping, articles: [Article], keyPoints: [KeyPoint]) -> [Story] {
        let indexOfArticle = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        var bestPoint: [Int: (rank: Int, article: Int)] = [:]
        let storyOfArticle = Dictionary(grouping.stories.enumerated().flatMap { n, story in story.map { ($0, n) } },
                                        uniquingKeysWith: { first, _ in first })
        for point in keyPoints where point.scope == .packet {
            guard let a = indexOfArticle[point.article], let story = storyOfArticle[a] else { continue }
            if bestPoint[story].map({ point.rank < $0.rank }) ?? true { bestPoint[story] = (point.rank, a) }
        }
        let order = grouping.stories.indices.sorted { x, y in
            let (a, b) = (grouping.stories[x], grouping.stories[y])
            if a.count != b.count { return a.count > b.count }
            let (rankA, rankB) = (bestPoint[x]?.rank ?? Int.max, bestPoint[y]?.rank ?? Int.max)
            if rankA != rankB { return rankA < rankB }
            return (a.first ?? 0) < (b.first ?? 0)
        }
        return order.enumerated().map { n, s in
            let members = grouping.stories[s]
            let headline = articles[bestPoint[s]?.article ?? members.first ?? 0].title
            let syndicated = grouping.syndicated[s].map { $0.map { articles[$0].id } }
            return Story(id: "st\(n + 1)", title: grouping.titles[s] ?? headline, articles: members.map { articles[$0].id },
                         syndicated: syndicated.isEmpty ? nil : syndicated)
        }
    }

    /// The corroborations that at least two independent sources carry: syndicated copies of one wire
    /// story count once. Each kept corroboration still lists every article.
    static func independent(_ corroborations: [Corroboration], grouping: Grouping, articleIDs: [String]) -> [Corroboration] {
        var source: [String: String] = [:]
        for groups in grouping.syndicated {
            for group in groups {
                for a in group { source[articleIDs[a]] = articleIDs[group[0]] }
            }
        }
        guard !source.isEmpty else { return corroborations }
        let kept = corroborations.filter { Set($0.articles.map { source[$0] ?? $0 }).count >= 2 }
        return kept.enumerated().map { n, corroboration in
            var renumbered = corroboration
            renumbered.id = "c\(n + 1)"
            return renumbered
        }
    }
}

extension PacketAnalysis {
    /// Gives every item the ID of its article's story.
    mutating func markStories() {
        var storyOfArticle: [String: String] = [:]
        for story in stories {
            for article in story.articles { storyOfArticle[article] = story.id }
        }
        for i in quotes.indices { quotes[i].story = storyOfArticle[quotes[i].article] }
        for i in quantities.indices { quantities[i].story = storyOfArticle[quantities[i].article] }
        for i in timeline.indices { timeline[i].story = storyOfArticle[timeline[i].article] }
        for i in keyPoints.indices { keyPoints[i].story = storyOfArticle[keyPoints[i].article] }
        for i in synopsis.indices { synopsis[i].story = storyOfArticle[synopsis[i].article] }
    }
}
