import DossierCore
import Foundation

/// Extractive key points ranked like TextRank: sentences are nodes, edges weigh the cosine similarity of
/// their TF-IDF term vectors, and PageRank runs on the complete graph. The graph is never built: with
/// unit vectors, the sum of a sentence's edge weights is its dot product with the sum of all vectors,
/// so each iteration costs one pass over the terms (linear in the text, not quadratic in sentences).
enum KeyPointRanker {
    static let damping = 0.85
    static let iterations = 30
    /// Sentences shorter than this are headlines or fragments, longer ones run-ons.
    static let wordRange = 6...80
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

    /// A sentence long enough to rank, before its terms are weighed.
    struct Candidate {
        let place: SentencePlace
        let terms: [String]
    }

    /// The sentences of one article that can be key points. Taken while the article's tokens exist,
    /// so that the packet-wide ranking runs after they are gone.
    static func candidates(in text: ArticleText, article a: Int) -> [Candidate] {
        var result: [Candidate] = []
        for (u, unit) in text.units.enumerated() {
            for range in text.sentences[u] {
                let words = unit.tokens[range].lazy.filter { $0.kind == .word }
                guard wordRange.contains(words.count) else { continue }
                let terms = Array(words.map { stem($0.lower) }.filter { $0.count > 2 && !Lexicon.stopWords.contains($0) })
                guard !terms.isEmpty else { continue }
                let bytes = unit.tokens[range.lowerBound].start..<unit.tokens[range.upperBound - 1].end
                result.append(Candidate(place: SentencePlace(article: a, paragraph: unit.paragraph, unitText: unit.text, bytes: bytes),
                                        terms: terms))
            }
        }
        return result
    }

    /// Up to five key points per article and eight for the packet, from each article's candidates.
    static func keyPoints(candidates: [[Candidate]], articleIDs: [String]) -> [KeyPoint] {
        let sentences = vectorized(candidates.flatMap { $0 })
        var sentencesByArticle = [[Sentence]](repeating: [], count: articleIDs.count)
        for sentence in sentences { sentencesByArticle[sentence.place.article].append(sentence) }
        // Scores are independent per article and for the packet, so all run at once; picking is not
        // (a sentence chosen for one article is skipped in later ones).
        let scoreJobs: [[Sentence]?] = [nil] + sentencesByArticle
        let allScores = scoreJobs.concurrentMap { job in job.map(scores) ?? packetScores(sentences) }
        let scoresOfPacket = allScores[0]
        let scoresByArticle = allScores.dropFirst()
        var points: [KeyPoint] = []
        var chosenKeys: Set<String> = []
        for (a, id) in articleIDs.enumerated() {
            let own = sentencesByArticle[a]
            let count = min(own.count, max(3, min(5, own.count / 5)))
            let picked = pick(count, from: own, scores: scoresByArticle[a + 1], excluding: &chosenKeys)
            for (rank, (sentence, line)) in picked.enumerated() {
                points.append(KeyPoint(id: "\(id)-k\(rank + 1)", scope: .article, rank: rank + 1,
                                       text: line, article: id, paragraph: sentence.place.paragraph))
            }
        }
        var packetKeys: Set<String> = []
        let count = min(sentences.count, max(5, min(8, articleIDs.count + 3)))
        let picked = pick(count, from: sentences, scores: scoresOfPacket, excluding: &packetKeys)
        for (rank, (sentence, line)) in picked.enumerated() {
            points.append(KeyPoint(id: "k\(rank + 1)", scope: .packet, rank: rank + 1, text: line,
                                   article: articleIDs[sentence.place.article], paragraph: sentence.place.paragraph))
        }
        return points
    }

    /// TF-IDF unit vectors over term numbers given in order of first appearance (so sums run in a fixed order).
    private static func vectorized(_ candidates: [Candidate]) -> [Sentence] {
        var termIDs: [String: Int] = [:]
        var documentFrequency: [Int] = []
        let counted = candidates.map { candidate -> [(Int, Double)] in
            var counts: [Int: Double] = Dictionary(minimumCapacity: candidate.terms.count)
            var order: [Int] = []
            for term in candidate.terms {
                let id = termIDs[term] ?? { termIDs[term] = documentFrequency.count; documentFrequency.append(0); return documentFrequency.count - 1 }()
                if counts[id] == nil { order.append(id); documentFrequency[id] += 1 }
                counts[id, default: 0] += 1
            }
            return order.sorted().map { ($0, counts[$0]!) }
        }
        let total = Double(candidates.count)
        return zip(candidates, counted).map { candidate, counts in
            var vector = counts.map { ($0.0, $0.1 * (1 + log(total / Double(documentFrequency[$0.0])))) }
            let norm = sqrt(vector.reduce(0) { $0 + $1.1 * $1.1 })
            vector = vector.map { ($0.0, $0.1 / norm) }
            return Sentence(place: candidate.place, vector: vector)
        }
    }

    /// Scores for one article's sentences. Terms are renumbered densely for them, so the sums are sized by
    /// their vocabulary, not the packet's. Each vector keeps its order, so every sum adds the same numbers
    /// in the same order.
    private static func scores(_ sentences: [Sentence]) -> [Double] {
        var localTerms: [Int: Int] = Dictionary(minimumCapacity: sentences.reduce(0) { $0 + $1.vector.count })
        let vectors = sentences.map { sentence in
            sentence.vector.map { term, weight in
                (term: localTerms[term] ?? { localTerms[term] = localTerms.count; return localTerms.count - 1 }(), weight: weight)
            }
        }
        return pageRank(vectors, termCount: localTerms.count)
    }

    /// Scores for all the packet's sentences. Term numbers came in order of first appearance over these
    /// very sentences, so they are already dense: renumbering would give each term its own number back.
    private static func packetScores(_ sentences: [Sentence]) -> [Double] {
        pageRank(sentences.map(\.vector), termCount: 1 + (sentences.lazy.compactMap { $0.vector.last?.term }.max() ?? -1))
    }

    /// PageRank on the implicit cosine graph.
    private static func pageRank(_ vectors: [[(term: Int, weight: Double)]], termCount size: Int) -> [Double] {
        guard vectors.count > 1 else { return vectors.map { _ in 1 } }
        var sum = [Double](repeating: 0, count: size)
        for vector in vectors { for (term, weight) in vector { sum[term] += weight } }
        let degrees = vectors.map { max(0, dot($0, sum) - 1) }
        var rank = [Double](repeating: 1, count: vectors.count)
        var flow = [Double](repeating: 0, count: size)
        for _ in 0..<iterations {
            for term in flow.indices { flow[term] = 0 }
            for (index, vector) in vectors.enumerated() where degrees[index] > 1e-12 {
                let share = rank[index] / degrees[index]
                for (term, weight) in vector { flow[term] += weight * share }
            }
            rank = vectors.enumerated().map { index, vector in
                let selfShare = degrees[index] > 1e-12 ? rank[index] / degrees[index] : 0
                return (1 - damping) + damping * max(0, dot(vector, flow) - selfShare)
            }
        }
        return rank
    }

    /// The best `count` sentences by score (ties to the earlier sentence), skipping repeats; each with its text.
    private static func pick(_ count: Int, from sentences: [Sentence], scores: [Double],
                             excluding keys: inout Set<String>) -> [(Sentence, String)] {
        let order = sentences.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var picked: [(Sentence, String)] = []
        for index in order where picked.count < count {
            let sentence = sentences[index]
            let line = sentence.place.line
            let key = normalizedKey(line)
            guard !keys.contains(key),
                  !picked.contains(where: { similarity($0.0.vector, sentence.vector) > duplicateSimilarity }) else { continue }
            keys.insert(key)
            picked.append((sentence, line))
        }
        return picked
    }

    private static func dot(_ vector: [(term: Int, weight: Double)], _ dense: [Double]) -> Double {
        vector.reduce(0) { $0 + $1.weight * dense[$1.term] }
    }

    private static func similarity(_ a: [(term: Int, weight: Double)], _ b: [(term: Int, weight: Double)]) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < a.count, j < b.count {
            if a[i].term == b[j].term { total += a[i].weight * b[j].weight; i += 1; j += 1 } else if a[i].term < b[j].term { i += 1 } else { j += 1 }
        }
        return total
    }

    private static func stem(_ word: String) -> String {
        // Foundation's replacement costs a bridge per word; few words hold the mark (its UTF-8 starts with E2).
        let word = word.utf8.contains(0xE2) ? word.replacingOccurrences(of: "’", with: "'") : word
        if word.hasSuffix("'s") { return String(word.dropLast(2)) }
        if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    static func normalizedKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            // CharacterSet's lookup is slow and, for ASCII, holds exactly the letters and digits.
            let isAlphanumeric = scalar.isASCII ? CharacterClass.isLetterOrNumber(Character(scalar)) : CharacterSet.alphanumerics.contains(scalar)
            if isAlphanumeric { key.append(scalar) }
        }
        return String(key)
    }
}
