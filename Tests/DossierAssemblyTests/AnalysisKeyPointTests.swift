import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: key points") struct AnalysisKeyPointTests {
    static let harbour = [
        "The harbour of Port Ellen reopened on Monday after a storm closed it for a week.",
        "Fishermen returned to the harbour at dawn and unloaded the first catch since the storm.",
        "The storm damaged the harbour wall, and engineers say repairs to the wall will take months.",
        "A bakery on the high street sold out of bread by noon.",
        "Council officials said the harbour repairs would be paid from the storm fund.",
        "The weather office expects calm seas for the rest of the month.",
        "Children painted the old lighthouse during the school holidays.",
    ]

    @Test func articlesGetThreeToFiveCentralSentencesInRankOrder() {
        let analysis = AnalysisSupport.analyze(Self.harbour)
        let points = analysis.keyPoints.filter { $0.scope == .article }
        #expect(points.map(\.id) == ["a1-k1", "a1-k2", "a1-k3"])
        #expect(points.map(\.rank) == [1, 2, 3])
        // The sentences about the harbour and the storm are central; the bakery and the lighthouse are not.
        #expect(points.allSatisfy { $0.text.contains("harbour") })
        #expect(points.first?.paragraph == "a1-p3")
    }

    @Test func thePacketGetsFiveToEightPointsWithoutDuplicates() {
        let first = AnalysisSupport.article(Self.harbour, index: 1)
        let second = AnalysisSupport.article(Self.harbour.reversed() + ["The harbour wall will be rebuilt with stone from the old quarry."], index: 2)
        let analysis = Analyzer.analyze([first, second])
        let packet = analysis.keyPoints.filter { $0.scope == .packet }
        #expect((5...8).contains(packet.count))
        #expect(packet.map(\.id) == (1...packet.count).map { "k\($0)" })
        #expect(Set(packet.map(\.text)).count == packet.count)
        let articleTexts = analysis.keyPoints.filter { $0.scope == .article }.map(\.text)
        #expect(Set(articleTexts).count == articleTexts.count, "the same sentence is not a key point of two articles")
    }

    @Test func shortArticlesGiveWhatTheyHave() {
        let analysis = AnalysisSupport.analyze(["Only one real sentence is in this short article today.", "Too short."])
        #expect(analysis.keyPoints.filter { $0.scope == .article }.map(\.text) == ["Only one real sentence is in this short article today."])
    }
}

@Suite("Analysis: PageRank on all cores") struct CosinePageRankTests {
    /// The packet's graph is ranked term by term on all cores; the ranks must be the very same bits as
    /// the sentence-by-sentence pass, or key points would depend on the packet's size.
    @Test func parallelRanksEqualSequentialRanks() {
        var generator = SplitMix(seed: 11)
        let termCount = 500
        let vectors = (0..<CosinePageRank.parallelSentences + 300).map { _ -> CosinePageRank.Vector in
            let terms = Set((0..<Int.random(in: 1...12, using: &generator)).map { _ in Int.random(in: 0..<termCount, using: &generator) }).sorted()
            let weights = terms.map { _ in Double.random(in: 0.1...3, using: &generator) }
            let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return zip(terms, weights).map { ($0, $1 / norm) }
        }
        let sequential = CosinePageRank.ranks(vectors, termCount: termCount, damping: 0.85, iterations: 30, parallel: false)
        let parallel = CosinePageRank.ranks(vectors, termCount: termCount, damping: 0.85, iterations: 30, parallel: true)
        #expect(sequential.map(\.bitPattern) == parallel.map(\.bitPattern))
        #expect(Set(sequential).count > 100, "the ranks must differ between sentences for the test to mean anything")
    }
}
