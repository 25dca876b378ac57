import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: stories and the sentences a brief may quote") struct AnalysisStoryTests {
    static let harbour = AnalysisKeyPointTests.harbour
    static let election = [
        "Voters in the northern province chose a new governor on Sunday after a long campaign.",
        "The governor-elect promised to build two hospitals and repair the province's roads.",
        "Turnout reached 61 percent, the electoral commission said on Monday.",
        "Observers from the electoral commission reported no serious irregularities at polling stations.",
        "The outgoing governor congratulated the winner and promised an orderly handover.",
        "Results from the remaining districts of the province are expected on Tuesday.",
    ]

    @Test func articlesOnDifferentEventsAreDifferentStories() {
        let articles = [AnalysisSupport.article(Self.harbour, index: 1), AnalysisSupport.article(Self.election, index: 2),
                        AnalysisSupport.article(Self.harbour.shuffledDeterministically() + ["Divers inspected the harbour wall for cracks."], index: 3)]
        let analysis = Analyzer.analyze(articles)
        #expect(analysis.stories.map(\.articles) == [["a1", "a3"], ["a2"]])
        #expect(analysis.stories.map(\.id) == ["st1", "st2"])
        let packetPoints = analysis.keyPoints.filter { $0.scope == .packet }
        #expect(Set(packetPoints.compactMap(\.story)) == ["st1", "st2"], "every story has a key point")
        #expect(analysis.quotes.allSatisfy { $0.story != nil } && analysis.timeline.allSatisfy { $0.story != nil })
    }

    @Test func syndicatedCopiesAreOneStoryAndOneSource() {
        let wire = Self.harbour.map { $0.replacingOccurrences(of: "months", with: "many months") }
        let articles = [AnalysisSupport.article(Self.harbour, index: 1), AnalysisSupport.article(wire, index: 2)]
        let analysis = Analyzer.analyze(articles)
        #expect(analysis.stories.count == 1)
        #expect(analysis.stories.first?.syndicated == [["a1", "a2"]])
        #expect(analysis.corroborations.isEmpty, "two copies of one wire story corroborate nothing")
    }

    @Test func declaredStoriesAreKeptAsGiven() {
        let articles = [AnalysisSupport.article(Self.harbour, index: 1), AnalysisSupport.article(Self.election, index: 2)]
        let analysis = Analyzer.analyze(articles, declaredStories: [DeclaredStory(title: "Everything", articles: [0, 1])])
        #expect(analysis.stories.map(\.title) == ["Everything"])
        #expect(analysis.synopsis.count >= 1 && analysis.synopsis.count <= 4)
        let points = Set(analysis.keyPoints.filter { $0.scope == .packet }.map(\.text))
        #expect(analysis.synopsis.allSatisfy { !points.contains($0.text) }, "the synopsis does not repeat the key points")
    }

    @Test(arguments: [
        (JunkKind.caption, "Volunteers carry sandbags along the quay on Thursday (Jane Doe/Example Pictures)"),
        (.caption, "Photograph: Example Pictures The quay at dawn was under water."),
        (.timeStamp, "09.30 GMT Engineers worked through the night to raise the barrier."),
        (.timeStamp, "Feb. 21, 2019 A series of fires broke out under the streets."),
        (.flash, "BREAKING: RIVER PEAKS AT RECORD LEVEL, AGENCY SAYS"),
        (.flash, "URGENT - The mayor says the flood wall has held."),
        (.tweet, "The sports hall is open as a shelter tonight. #HallowmereFlood"),
        (.linkTeaser, "Hallowmere after the flood, in pictures"),
        (.linkTeaser, "Read more: How the flood wall was built in the town."),
        (.question, "Is the town ready for the next flood?"),
        (.fragment, "and the council opened the sports hall as a shelter."),
        (.fragment, "The mayor of the town and the members of the council"),
    ])
    func junkIsRecognised(_ kind: JunkKind, _ sentence: String) {
        #expect(SentenceShape.junk(sentence) == kind)
    }

    @Test(arguments: [
        "SEOUL, South Korea — The vote failed on Saturday after lawmakers of the governing party left.",
        "NATO-led forces said the road to the airport was open again on Monday.",
        "The UN, which has some 15,000 peacekeepers in Mali, has also raised concerns.",
        "“We will rebuild the quay,” the mayor said.",
    ])
    func sentencesAreNotJunk(_ sentence: String) {
        #expect(SentenceShape.junk(sentence) == nil)
    }
}

private extension Array {
    /// The elements in a fixed shuffled order: every third, then the rest.
    func shuffledDeterministically() -> [Element] {
        enumerated().filter { $0.offset % 3 == 0 }.map(\.element) + enumerated().filter { $0.offset % 3 != 0 }.map(\.element)
    }
}
