import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

@Suite("Analysis: bad input") struct AnalysisRobustnessTests {
    /// Headings are labels, not statements: no quote or key point comes from them; their names are mentions.
    @Test func emptyBodiesAndHeadingsOnlyGiveNothingButTheHeadingsNames() {
        let article = Article(id: "a1", source: "a1.txt", title: "T", body: [
            .heading(Heading(id: "a1-p1", level: 2, content: [.text("Breaking News From Paris")])),
            .paragraph(Paragraph(id: "a1-p2", text: "")),
        ])
        let analysis = Analyzer.analyze([article])
        #expect(analysis.quotes.isEmpty && analysis.keyPoints.isEmpty)
        #expect(analysis.entities.allSatisfy { $0.mentions.allSatisfy { $0.paragraph == "a1-p1" } })
    }

    @Test(.timeLimit(.minutes(2))) func aMegabyteLineWithStrayMarksIsAnalysedWithoutHanging() {
        let sentence = "Minister Ana Silva said “the 1,000 troops of Chad are ready. "
        let line = String(repeating: sentence, count: 1_000_000 / sentence.count) + "Ok."
        let analysis = AnalysisSupport.analyze([line])
        #expect(AnalysisSupport.entity(analysis, named: "Chad") != nil)
        #expect(analysis.quotes.count == 1, "an unclosed mark quotes to the end of its paragraph, once")
    }

    @Test(.timeLimit(.minutes(2))) func manyQuotesInOneParagraphAreAllFound() {
        let line = String(repeating: "He said “yes” and “no” to Kenya, ", count: 20_000)
        let analysis = AnalysisSupport.analyze([line])
        #expect(analysis.quotes.count == 40_000)
    }

    @Test func controlCharactersAndOddMarksDoNotCrash() {
        let analysis = AnalysisSupport.analyze(["\u{7}“\u{0}”", "\"", "' ' “ ” ‘’", "$ % 5,,0 1.2.3 -- 2021-13-45 Jan. 99"])
        #expect(analysis.timeline.isEmpty)
    }

    @Test func theSameInputGivesTheSameAnalysis() throws {
        let articles = try AnalysisSupport.fixtureArticles(["wire-grain.txt", "broadcaster-floods.txt", "magazine-chips.md"])
        let first = Analyzer.analyze(articles)
        let second = Analyzer.analyze(articles)
        #expect(first.entities == second.entities && first.keyPoints == second.keyPoints && first.quotes == second.quotes)
    }

    /// Prepared text is kept between the passes for the first articles only (a memory limit): keeping
    /// none, some or all of it must give the same analysis.
    @Test(arguments: [0, 1_500, Int.max]) func keepingPreparedTextChangesNothing(heldTextLimit: Int) throws {
        let articles = try AnalysisSupport.fixtureArticles(["wire-grain.txt", "broadcaster-floods.txt", "magazine-chips.md"])
        let sizes = articles.map(TextUnit.textSize)
        #expect(sizes[0] <= 1_500 && sizes.reduce(0, +) > 1_500, "the middle limit must keep the first article and not all")
        let expected = Analyzer.analyze(articles)
        let analysis = Analyzer.analyze(articles, heldTextLimit: heldTextLimit)
        #expect(analysis.entities == expected.entities && analysis.quotes == expected.quotes)
        #expect(analysis.quantities == expected.quantities && analysis.timeline == expected.timeline)
        #expect(analysis.keyPoints == expected.keyPoints && analysis.corroborations == expected.corroborations)
    }
}
