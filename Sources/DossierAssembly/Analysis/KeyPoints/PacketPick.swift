import Foundation

/// The packet's key points and synopsis, picked from its ranking by maximal marginal relevance: each
/// next sentence is the one whose centrality, less its likeness to what is already picked, is highest.
/// Then every story gets at least one key point, and the synopsis takes central sentences of other
/// articles that the key points do not already say.
struct PacketPick {
    typealias Picked = (sentence: KeyPointRanker.Sentence, line: String)

    /// Weight of centrality against novelty.
    static let relevanceWeight = 0.7
    /// Two sentences whose vectors are more alike than this say the same thing: never both.
    static let maximumSimilarity = 0.5

    private static let openingQuotes: Set<Character> = ["“", "\"", "‘", "'", "«", "„"]

    /// A synopsis sentence this like a key point would say it again.
    static let keyPointSimilarity = 0.3

    /// How many of the most central sentences MMR considers for `count` picks: the rest are far too
    /// peripheral to be a key point, and looking at them would cost a pass per pick over the packet.
    static func pool(_ count: Int) -> Int { max(40, 10 * count) }

    private let ranking: KeyPointRanker.Ranking
    private let scores: [Double]
    private let storyOfArticle: [Int]

    init(ranking: KeyPointRanker.Ranking, storyOfArticle: [Int]) {
        self.ranking = ranking
        self.storyOfArticle = storyOfArticle
        scores = ranking.scores
    }

    /// `count` key points, most central first.
    func keyPoints(_ count: Int) -> [Picked] {
        let pool = Array(ranking.order.prefix(Self.pool(count)).enumerated()).filter { !line($0.offset, $0.element).isJunk }
        var picked: [(position: Int, index: Int)] = []
        var keys: Set<String> = []
        guard let first = ranking.order.first else { return [] }
        let top = scores[first]
        while picked.count < count {
            var best: (position: Int, index: Int, value: Double)?
            for (position, index) in pool where !picked.contains(where: { $0.index == index }) {
                let key = line(position, index).key
                guard !keys.contains(key) else { continue }
                let likeness = picked.map { similarity($0.index, index) }.max() ?? 0
                guard likeness <= Self.maximumSimilarity else { continue }
                let value = Self.relevanceWeight * (top > 0 ? scores[index] / top : 0) - (1 - Self.relevanceWeight) * likeness
                if best.map({ value > $0.value }) ?? true { best = (position, index, value) }
            }
            guard let chosen = best else { break }
            keys.insert(line(chosen.position, chosen.index).key)
            picked.append((chosen.position, chosen.index))
        }
        picked = coverStories(picked, keys: &keys)
        return picked.sorted { $0.position < $1.position }.map { (ranking.sentences[$0.index], line($0.position, $0.index).line) }
    }

    /// Replaces picks of stories that have several with the best sentence of each story that has none,
    /// most central story first, while there is a pick to give up.
    private func coverStories(_ picked: [(position: Int, index: Int)], keys: inout Set<String>) -> [(position: Int, index: Int)] {
        var picked = picked
        var covered = Set(picked.map { story(of: $0.index) })
        for (position, index) in ranking.order.enumerated()
        where !covered.contains(story(of: index)) && !line(position, index).isJunk {
            let key = line(position, index).key
            guard !keys.contains(key), !picked.contains(where: { similarity($0.index, index) > Self.maximumSimilarity }) else { continue }
            var perStory: [Int: Int] = [:]
            for pick in picked { perStory[story(of: pick.index), default: 0] += 1 }
            // The least central pick of a story that keeps another.
            guard let given = picked.indices.last(where: { perStory[story(of: picked[$0].index)]! > 1 }) else { break }
            keys.remove(line(picked[given].position, picked[given].index).key)
            picked[given] = (position, index)
            keys.insert(key)
            covered.insert(story(of: index))
        }
        return picked
    }

    /// Up to `count` central sentences that the key points do not say, one per story first (most central
    /// story first), then one per article; in the order picked.
    func synopsis(_ count: Int, after keyPoints: [Picked], distinctArticles: Bool) -> [Picked] {
        let keyPointKeys = Set(keyPoints.map { KeyPointRanker.normalizedKey($0.line) })
        var picked: [(position: Int, index: Int)] = []
        func eligible(_ position: Int, _ index: Int) -> Bool {
            let sentence = ranking.sentences[index]
            // A sentence that opens with a quotation is what someone said, which "Who said what" shows.
            let prepared = line(position, index)
            guard !prepared.isJunk, !(prepared.line.first.map(Self.openingQuotes.contains) ?? true),
                  !keyPointKeys.contains(prepared.key),
                  !keyPoints.contains(where: { KeyPointRanker.similarity($0.sentence.vector, sentence.vector) > Self.keyPointSimilarity }),
                  !picked.contains(where: { $0.index == index || similarity($0.index, index) > Self.maximumSimilarity }) else { return false }
            return !distinctArticles || !picked.contains { ranking.sentences[$0.index].place.article == sentence.place.article }
        }
        // News puts what happened first: a sentence's centrality counts more the nearer the top it stands.
        let weighed = ranking.order.enumerated().map { position, index in
            (position: position, index: index, weight: scores[index] * Self.leadWeight(ranking.sentences[index].place.paragraph))
        }
        let order = weighed.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.position < $1.position }
        var storiesTaken: Set<Int> = []
        for (position, index, _) in order where picked.count < count && !storiesTaken.contains(story(of: index)) {
            guard eligible(position, index) else { continue }
            picked.append((position, index))
            storiesTaken.insert(story(of: index))
        }
        for (position, index, _) in order where picked.count < min(count, 2) {
            if eligible(position, index) { picked.append((position, index)) }
        }
        return picked.map { (ranking.sentences[$0.index], line($0.position, $0.index).line) }
    }

    /// 2 for the first paragraph, 1.5 for the second, and down towards 1: `1 + 1/n` for paragraph `a1-pn`.
    static func leadWeight(_ paragraph: String) -> Double {
        guard let marker = paragraph.range(of: "-p", options: .backwards), let number = Int(paragraph[marker.upperBound...]),
              number > 0 else { return 1 }
        return 1 + 1 / Double(number)
    }

    private func story(of index: Int) -> Int { storyOfArticle[ranking.sentences[index].place.article] }

    private func similarity(_ a: Int, _ b: Int) -> Double {
        KeyPointRanker.similarity(ranking.sentences[a].vector, ranking.sentences[b].vector)
    }

    private func line(_ position: Int, _ index: Int) -> KeyPointRanker.Prepared {
        position < ranking.prepared.count ? ranking.prepared[position] : KeyPointRanker.text(of: ranking.sentences[index])
    }
}
