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

    /// The newspaper convention: a quotation over several paragraphs opens a mark at each and closes only
    /// at the last. Each paragraph's part is a quote of its paragraph, all with the one speaker.
    @Test func aQuoteWithoutClosingMarkContinuesAtTheNextParagraphsOpeningMark() {
        let analysis = AnalysisSupport.analyze([
            "Grace Obi said: “The river rose in one night. We lost the harvest.",
            "“Now we wait for the seed money,” she said.",
            "Officials did not comment.",
        ])
        #expect(analysis.quotes.map(\.text) == ["The river rose in one night. We lost the harvest.", "Now we wait for the seed money"])
        #expect(analysis.quotes.map(\.paragraph) == ["a1-p1", "a1-p2"])
        #expect(analysis.quotes.map { AnalysisSupport.speaker(of: $0.text, in: analysis) } == ["Grace Obi", "Grace Obi"])
    }

    /// Papers that run paragraphs together leave each one's mark open: a mark opening after a full stop
    /// starts the next quotation; one opening after a word is a quotation within the quotation.
    @Test func aMarkOpeningAfterASentenceStartsTheNextQuotation() {
        let analysis = AnalysisSupport.analyze([
            "Mayor Ines Duarte said: \"The road is closed. \"The bridge will take a year.\" The council met later.",
            "\"It was what they call the \"long dry\" and it cost us the harvest,\" Paulo Reis said.",
        ])
        #expect(analysis.quotes.map(\.text) == [
            "The road is closed.", "The bridge will take a year.",
            "It was what they call the \"long dry\" and it cost us the harvest",
        ])
        #expect(analysis.quotes.map { AnalysisSupport.speaker(of: $0.text, in: analysis) } == ["Ines Duarte", "Ines Duarte", "Paulo Reis"])
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
