import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: corroboration") struct AnalysisCorroborationTests {
    @Test func quotesQuantitiesAndEntitiesCarriedByTwoArticles() {
        let first = AnalysisSupport.article([
            "Premier Ana Silva called the plan “Unilateral,” and said 5,000 French troops would stay.",
        ], index: 1)
        let second = AnalysisSupport.article([
            "Silva described the move as 'unilateral'. About 5,000 troops remain in Chad.",
        ], index: 2)
        let third = AnalysisSupport.article(["Nothing in common here."], index: 3)
        let analysis = Analyzer.analyze([first, second, third])
        let summary = analysis.corroborations.map { "\($0.id) \($0.kind.rawValue) \($0.text) \($0.articles)" }
        #expect(summary == [
            "c1 quote Unilateral [\"a1\", \"a2\"]",
            "c2 quantity 5,000 French troops [\"a1\", \"a2\"]",
            "c3 entity Ana Silva [\"a1\", \"a2\"]",
        ])
        #expect(analysis.corroborations[0].items == ["a1-q1", "a2-q1"])
    }

    @Test func normalisationIgnoresMarksCaseAndTrailingPunctuation() {
        #expect(Corroborator.normalizedQuote("“Seeking other partners.”") == Corroborator.normalizedQuote("seeking  other partners,"))
        #expect(Corroborator.normalizedQuote("‘I was there first’") == "i was there first")
    }
}
