import DossierCore
import Foundation

/// Extractive key points ranked like TextRank: sentences are nodes, edges weigh the cosine similarity of
/// their TF-IDF term vectors, and PageRank runs on the complete graph. The graph is never built: with
/// unit vectors, the sum of a sentence's edge weights is its dot product with the sum of all vectors,
/// so each iteration costs one pass over the terms (linear in the text, not quadratic in sentences).
enum KeyPointRanker {
    static let damping = 0.85
    static let iterations = 30
    /// Sentences shorter than this are headlines or fragments, longer ones run-ons that no brief of
    /// two minutes has room for.
    static let wordRange = 6...45
    /// Two sentences more alike than this say the same thing.
    static let duplicateSimilarity = 0.8

    /// Where a sentence stands: its text is cut from its unit only for the few sentences picked.
    struct SentencePlace {
        let article: Int
        let paragraph: String
        let unitText: String
        let bytes: Range<Int32>

        /// The sentence on one line.
        var line: String { CharacterClass.collapsingWhitespace(unitText.slice(utf8: bytes)) }
    }

    struct Sentence {
        let place: SentencePlace
        let vector: [(term: Int, weight: Double)]
    }

    /// One article's sentences long enough to rank, before their terms are weighed. Terms are numbered for
    /// the article in order of first appearance, so that the packet's numbering needs one lookup per term
    /// of each article rather than per word.
    struct ArticleCandidates {
        var places: [SentencePlace] = []
        /// The article's terms, in order of first appearance.
        var terms: [String] = []
        /// Per sentence: its terms (numbers in ``terms``) and how often each occurs, in order of first appearance.
        var counts: [[(term: Int, count: Double)]] = []
        /// Per term: how many of the sentences hold it.
        var sentenceFrequency: [Int] = []
    }

    /// The sentences of one article that can be key points. Taken while the article's tokens exist,
    /// so that the packet-wide ranking runs after they are gone.
    static func candidates(in text: ArticleText, article a: Int) -> ArticleCandidates {
        var result = ArticleCandidates()
        var termNumbers = FirstAppearance<String>()
        for (u, unit) in text.units.enumerated() {
            for range in text.sentences[u] {
                let tokens = unit.tokens[range]
                guard wordRange.contains(tokens.lazy.filter { $0.kind == .word }.count) else { continue }
                var counts: [(term: Int, count: Double)] = []
                for token in tokens where token.kind == .word {
                    let term = stem(token.lower)
                    guard term.length > 2, !Lexicon.stopWords.contains(term.text) else { continue }
                    let (number, isNew) = termNumbers.number(of: term.text)
                    if isNew {
                        result.terms.append(term.text)
                        result.sentenceFrequency.append(0)
                    }
                    // A sentence has a few dozen terms at most: a linear search beats hashing them.
                    if let seen = counts.firstIndex(where: { $0.term == number }) {
                        counts[seen].count += 1
                    } else {
                        counts.append((number, 1))
                        result.sentenceFrequency[number] += 1
                    }
                }
                guard !counts.isEmpty else { continue }
                let bytes = unit.tokens[range.lowerBound].start..<unit.tokens[range.upperBound - 1].end
                // Junk (see ``SentenceShape``) still says what the article is about (a live blog's entries all
                // open with a time stamp), so it is ranked and grouped with the rest; only picking skips it.
                result.places.append(SentencePlace(article: a, paragraph: unit.paragraph, unitText: unit.text, bytes: bytes))
                result.counts.append(counts)
            }
        }
        return result
    }

    /// What the ranking picks: key points (each article's, then the packet's) and the synopsis.
    struct Selection {
        var keyPoints: [KeyPoint]
        var synopsis: [SynopsisSentence]
    }

    /// Up to five key points per article and eight for the packet, from each article's weighed sentences,
    /// and the synopsis. `storyOfArticle` numbers each article's story, so that every story has a say.
    static func select(sentences sentencesByArticle: [[Sentence]], articleIDs: [String], storyOfArticle: [Int]) -> Selection {
        let sentences = sentencesByArticle.flatMap { $0 }
        let storyCount = (storyOfArticle.max() ?? -1) + 1
        // Rankings are independent per article and for the packet, so all run at once, and the packet's
        // pick with them. The articles' picks are not (a sentence chosen for one article is skipped in
        // later ones): they run after, in article order, from rankings whose first texts are ready.
        let jobs: [Int?] = [nil] + articleIDs.indices.map { $0 }
        let results = jobs.concurrentMap { job -> RankingJob in
            guard let a = job else {
                let count = min(sentences.count, max(5, min(8, max(storyCount, articleIDs.count + 3))))
                let ranking = Ranking(sentences, scores: packetScores(sentences), preparing: PacketPick.pool(count))
                let pick = PacketPick(ranking: ranking, storyOfArticle: storyOfArticle)
                let points = pick.keyPoints(count)
                let synopsis = pick.synopsis(min(4, max(2, storyCount)), after: points, distinctArticles: articleIDs.count > 1)
                return .packet(
                    points.enumerated().map { rank, pair in
                        KeyPoint(id: "k\(rank + 1)", scope: .packet, rank: rank + 1, text: pair.line,
                                 article: articleIDs[pair.sentence.place.article], paragraph: pair.sentence.place.paragraph)
                    },
                    synopsis.enumerated().map { n, pair in
                        SynopsisSentence(id: "s\(n + 1)", text: pair.line, article: articleIDs[pair.sentence.place.article],
                                         paragraph: pair.sentence.place.paragraph)
                    })
            }
            let own = sentencesByArticle[a]
            return .article(Ranking(own, scores: scores(own), preparing: articleCount(own.count) + 2))
        }
        var points: [KeyPoint] = []
        var chosenKeys: Set<String> = []
        for (a, id) in articleIDs.enumerated() {
            guard case .article(let ranking) = results[a + 1] else { continue }
            let picked = pick(articleCount(ranking.sentences.count), from: ranking, excluding: &chosenKeys)
            for (rank, (sentence, line)) in picked.enumerated() {
                points.append(KeyPoint(id: "\(id)-k\(rank + 1)", scope: .article, rank: rank + 1,
                                       text: line, article: id, paragraph: sentence.place.paragraph))
            }
        }
        guard case .packet(let packetPoints, let synopsis) = results[0] else { return Selection(keyPoints: points, synopsis: []) }
        return Selection(keyPoints: points + packetPoints, synopsis: synopsis)
    }

    private enum RankingJob {
        case packet([KeyPoint], [SynopsisSentence])
        case article(Ranking)
    }

    /// Numbers 0, 1, 2, … given to keys in order of first appearance: how terms are numbered for an
    /// article, for the packet and for one article's ranking.
    private struct FirstAppearance<Key: Hashable> {
        private var numbers: [Key: Int]

        init(capacity: Int = 0) { numbers = Dictionary(minimumCapacity: capacity) }

        var count: Int { numbers.count }

        /// The key's number, and whether this is its first appearance.
        mutating func number(of key: Key) -> (number: Int, isNew: Bool) {
            if let number = numbers[key] { return (number, false) }
            numbers[key] = numbers.count
            return (numbers.count - 1, true)
        }
    }

    /// Three to five key points for an article of `sentences` candidates.
    private static func articleCount(_ sentences: Int) -> Int {
        min(sentences, max(3, min(5, sentences / 5)))
    }

    /// Each article's candidates weighed for ranking: TF-IDF unit vectors over term numbers given in order of
    /// first appearance over the packet (so sums run in a fixed order). Numbers are given in article order,
    /// then the vectors are weighed on all cores.
    static func sentences(from articles: [ArticleCandidates]) -> [[Sentence]] {
        var termIDs = FirstAppearance<String>()
        var documentFrequency: [Int] = []
        let numbers = articles.map { article in
            zip(article.terms, article.sentenceFrequency).map { term, frequency in
                let (id, isNew) = termIDs.number(of: term)
                if isNew { documentFrequency.append(0) }
                documentFrequency[id] += frequency
                return id
            }
        }
        let total = Double(articles.reduce(0) { $0 + $1.places.count })
        let frequency = documentFrequency
        return Array(articles.indices).concurrentMap { a in
            zip(articles[a].places, articles[a].counts).map { place, counts in
                let counted = counts.map { (term: numbers[a][$0.term], count: $0.count) }.sorted { $0.term < $1.term }
                var vector = counted.map { ($0.term, $0.count * (1 + log(total / Double(frequency[$0.term])))) }
                let norm = sqrt(vector.reduce(0) { $0 + $1.1 * $1.1 })
                vector = vector.map { ($0.0, $0.1 / norm) }
                return Sentence(place: place, vector: vector)
            }
        }
    }

    /// Scores for one article's sentences. Terms are renumbered densely for them, so the sums are sized by
    /// their vocabulary, not the packet's. Each vector keeps its order, so every sum adds the same numbers
    /// in the same order.
    private static func scores(_ sentences: [Sentence]) -> [Double] {
        var localTerms = FirstAppearance<Int>(capacity: sentences.reduce(0) { $0 + $1.vector.count })
        let vectors = sentences.map { sentence in
            sentence.vector.map { term, weight in (term: localTerms.number(of: term).number, weight: weight) }
        }
        return pageRank(vectors, termCount: localTerms.count)
    }

    /// Scores for all the packet's sentences. Term numbers came in order of first appearance over these
    /// very sentences, so they are already dense: renumbering would give each term its own number back.
    private static func packetScores(_ sentences: [Sentence]) -> [Double] {
        pageRank(sentences.map(\.vector), termCount: 1 + (sentences.lazy.compactMap { $0.vector.last?.term }.max() ?? -1))
    }

    private static func pageRank(_ vectors: [[(term: Int, weight: Double)]], termCount: Int) -> [Double] {
        CosinePageRank.ranks(vectors, termCount: termCount, damping: damping, iterations: iterations)
    }

    /// Sentences in the order they are offered: best score first, ties to the earlier sentence. The text
    /// and duplicate key of the first ones are cut ahead, on all cores.
    struct Ranking {
        let sentences: [Sentence]
        let scores: [Double]
        let order: [Int]
        let prepared: [Prepared]

        init(_ sentences: [Sentence], scores: [Double], preparing count: Int) {
            self.sentences = sentences
            self.scores = scores
            order = sentences.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            prepared = order.prefix(count).map { KeyPointRanker.text(of: sentences[$0]) }
        }
    }

    /// A sentence's text on one line, its duplicate key, and whether it is junk that is never picked.
    typealias Prepared = (line: String, key: String, isJunk: Bool)

    static func text(of sentence: Sentence) -> Prepared {
        let line = sentence.place.line
        return (line, normalizedKey(line), SentenceShape.junk(line) != nil)
    }

    /// The best `count` sentences of a ranking, skipping repeats; each with its text.
    private static func pick(_ count: Int, from ranking: Ranking, excluding keys: inout Set<String>) -> [(sentence: Sentence, line: String)] {
        var picked: [(sentence: Sentence, line: String)] = []
        for (position, index) in ranking.order.enumerated() where picked.count < count {
            let sentence = ranking.sentences[index]
            let (line, key, isJunk) = position < ranking.prepared.count ? ranking.prepared[position] : text(of: sentence)
            guard !isJunk, !keys.contains(key),
                  !picked.contains(where: { similarity($0.sentence.vector, sentence.vector) > duplicateSimilarity }) else { continue }
            keys.insert(key)
            picked.append((sentence, line))
        }
        return picked
    }

    static func similarity(_ a: [(term: Int, weight: Double)], _ b: [(term: Int, weight: Double)]) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < a.count, j < b.count {
            if a[i].term == b[j].term { total += a[i].weight * b[j].weight; i += 1; j += 1 } else if a[i].term < b[j].term { i += 1 } else { j += 1 }
        }
        return total
    }

    /// The word without a plural or possessive ending, and its length in characters. ASCII words (most)
    /// are cut by byte.
    private static func stem(_ word: String) -> (text: String, length: Int) {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return stemByCharacter(word) }
        let count = utf8.count
        let last = utf8.last, beforeLast = count > 1 ? utf8[utf8.index(utf8.endIndex, offsetBy: -2)] : nil
        if beforeLast == UInt8(ascii: "'"), last == UInt8(ascii: "s") { return (String(word.dropLast(2)), count - 2) }
        if count > 4, last == UInt8(ascii: "s"), beforeLast != UInt8(ascii: "s") { return (String(word.dropLast()), count - 1) }
        return (word, count)
    }

    private static func stemByCharacter(_ word: String) -> (text: String, length: Int) {
        // Foundation's replacement costs a bridge per word; few words hold the mark (its UTF-8 starts with E2).
        let word = word.utf8.contains(0xE2) ? word.replacingOccurrences(of: "’", with: "'") : word
        let stem = if word.hasSuffix("'s") {
            String(word.dropLast(2))
        } else if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") {
            String(word.dropLast())
        } else {
            word
        }
        return (stem, stem.count)
    }

    static func normalizedKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            // CharacterSet's lookup is slow and, for ASCII, holds exactly the letters and digits.
            let value = scalar.value
            let isAlphanumeric = value < 0x80
                ? (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                : CharacterSet.alphanumerics.contains(scalar)
            if isAlphanumeric { key.append(scalar) }
        }
        return String(key)
    }
}
