/// PageRank on the implicit cosine graph of unit term vectors (see ``KeyPointRanker``): the sum of a
/// sentence's edge weights is its dot product with the sum of all vectors, so an iteration is one pass
/// over the terms.
///
/// A large graph (the packet's: every sentence of every article) is ranked on all cores. Its term sums
/// are then taken term by term over the sentences that hold the term, in sentence order: the same
/// numbers added in the same order as the sentence-by-sentence pass, so both give the same bits.
enum CosinePageRank {
    typealias Vector = [(term: Int, weight: Double)]

    /// Sentences from which the graph is ranked on all cores; smaller ones run whole on one.
    static let parallelSentences = 4_096
    private static let chunkSize = 4_096

    static func ranks(_ vectors: [Vector], termCount: Int, damping: Double, iterations: Int, parallel: Bool? = nil) -> [Double] {
        guard vectors.count > 1 else { return vectors.map { _ in 1 } }
        let columns = (parallel ?? (vectors.count >= parallelSentences)) ? TermColumns(vectors, termCount: termCount) : nil
        let ones = [Double](repeating: 1, count: vectors.count)
        let sum = termSums(vectors, columns, termCount: termCount, shares: ones, linked: vectors.map { _ in true })
        let degrees = bySentence(vectors, parallel: columns != nil) { range in
            range.map { max(0, dot(vectors[$0], sum) - 1) }
        }
        let linked = degrees.map { $0 > 1e-12 }
        var rank = ones
        for _ in 0..<iterations {
            let shares = zip(rank, degrees).map { $0 / $1 }
            let flow = termSums(vectors, columns, termCount: termCount, shares: shares, linked: linked)
            rank = bySentence(vectors, parallel: columns != nil) { range in
                range.map { index in
                    (1 - damping) + damping * max(0, dot(vectors[index], flow) - (linked[index] ? shares[index] : 0))
                }
            }
        }
        return rank
    }

    /// Per term: the sum of weight × share over the linked sentences that hold it, in sentence order.
    private static func termSums(_ vectors: [Vector], _ columns: TermColumns?, termCount: Int,
                                 shares: [Double], linked: [Bool]) -> [Double] {
        guard let columns else {
            var sums = [Double](repeating: 0, count: termCount)
            for (index, vector) in vectors.enumerated() where linked[index] {
                let share = shares[index]
                for (term, weight) in vector { sums[term] += weight * share }
            }
            return sums
        }
        return chunks(of: termCount).concurrentMap { terms in
            terms.map { term in
                var total = 0.0
                for entry in columns.starts[term]..<columns.starts[term + 1] {
                    let sentence = Int(columns.sentences[entry])
                    if linked[sentence] { total += columns.weights[entry] * shares[sentence] }
                }
                return total
            }
        }.flatMap { $0 }
    }

    /// One value per sentence, from `values` run over ranges of sentences: all at once, or by chunks on all cores.
    private static func bySentence(_ vectors: [Vector], parallel: Bool, _ values: @Sendable (Range<Int>) -> [Double]) -> [Double] {
        parallel ? chunks(of: vectors.count).concurrentMap(values).flatMap { $0 } : values(vectors.indices)
    }

    private static func chunks(of count: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
    }

    private static func dot(_ vector: Vector, _ dense: [Double]) -> Double {
        vector.reduce(0) { $0 + $1.weight * dense[$1.term] }
    }

    /// The vectors by term: for each term, the sentences that hold it and its weight there, in sentence order.
    /// About 12 bytes per term of every sentence, for as long as the ranking runs.
    private struct TermColumns {
        /// Entries of term `t` are `starts[t]..<starts[t + 1]`.
        var starts: [Int]
        var sentences: [Int32]
        var weights: [Double]

        init(_ vectors: [Vector], termCount: Int) {
            var counts = [Int](repeating: 0, count: termCount + 1)
            for vector in vectors { for (term, _) in vector { counts[term + 1] += 1 } }
            for term in 0..<termCount { counts[term + 1] += counts[term] }
            starts = counts
            var next = Array(counts.dropLast())
            sentences = [Int32](repeating: 0, count: counts[termCount])
            weights = [Double](repeating: 0, count: counts[termCount])
            for (index, vector) in vectors.enumerated() {
                for (term, weight) in vector {
                    sentences[next[term]] = Int32(index)
                    weights[next[term]] = weight
                    next[term] += 1
                }
            }
        }
    }
}
