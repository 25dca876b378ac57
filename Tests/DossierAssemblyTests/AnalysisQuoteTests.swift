import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: quotes") struct AnalysisQuoteTests {
    @Test func curlyAndStraightDoubleQuotesLoseTheirMarksAndTheAttributionComma() {
        let analysis = AnalysisSupport.analyze([
            "“We are staying,” the mayor said.",
            "\"Nobody will leave,\" she added.",
            "«Enough» was the only word on the banner.",
        ])
        #expect(analysis.quotes.map(\.text) == ["We are staying", "Nobody will leave", "Enough"])
        #expect(analysis.quotes.map(\.id) == ["a1-q1", "a1-q2", "a1-q3"])
        #expect(analysis.quotes.map(\.paragraph) == ["a1-p1", "a1-p2", "a1-p3"])
    }

    @Test func singleQuotesInsideDoubleQuotesStayInTheQuote() {
        let analysis = AnalysisSupport.analyze(["“To say ‘go home’ is an insult,” Ines Duarte said."])
        #expect(analysis.quotes.map(\.text) == ["To say ‘go home’ is an insult"])
    }

    @Test func partialQuotesInsideASentence() {
        let analysis = AnalysisSupport.analyze([
            "The union called the decision ‘unilateral’ and said members were “seeking other partners”.",
        ])
        #expect(analysis.quotes.map(\.text) == ["unilateral", "seeking other partners"])
        #expect(analysis.quotes.map(\.partial) == [true, true])
    }

    @Test func apostrophesAreNotQuotes() {
        let analysis = AnalysisSupport.analyze(["The farmers’ union and the country’s banks said it wasn’t over, as in the ’90s."])
        #expect(analysis.quotes.isEmpty)
    }

    @Test func aQuoteWithoutClosingMarkContinuesAtTheNextParagraphsOpeningMark() {
        let analysis = AnalysisSupport.analyze([
            "Grace Obi said: “The river rose in one night. We lost the harvest.",
            "“Now we wait for the seed money,” she said.",
            "Officials did not comment.",
        ])
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.text == "The river rose in one night. We lost the harvest. Now we wait for the seed money")
        #expect(analysis.quotes.first?.paragraph == "a1-p1")
        #expect(AnalysisSupport.speaker(of: analysis.quotes[0].text, in: analysis) == "Grace Obi")
    }

    @Test func anUnbalancedMarkEndsWithItsParagraph() {
        let analysis = AnalysisSupport.analyze([
            "“This never closes, said nobody.",
            "The next paragraph is plain text about Kenya.",
        ])
        #expect(analysis.quotes.map(\.text) == ["This never closes, said nobody."])
        #expect(AnalysisSupport.entity(analysis, named: "Kenya") != nil)
    }

    @Test func aBlockQuoteWithoutMarksIsAQuoteOfTheSpeakerIntroducingIt() {
        let article = Article(id: "a1", source: "a1.md", title: "T", body: [
            .paragraph(Paragraph(id: "a1-p1", text: "In a statement, Minister Paulo Reis wrote:")),
            .blockQuote(Paragraph(id: "a1-p2", text: "We will rebuild every bridge.")),
        ])
        let analysis = Analyzer.analyze([article])
        #expect(analysis.quotes.map(\.text) == ["We will rebuild every bridge."])
        #expect(analysis.quotes.first?.paragraph == "a1-p2")
        #expect(AnalysisSupport.speaker(of: "We will rebuild every bridge.", in: analysis) == "Paulo Reis")
    }
}
