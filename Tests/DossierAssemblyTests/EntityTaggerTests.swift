import DossierCore
import Testing
@testable import DossierAssembly

/// The learned tagger compiled into the binary, its decoding, and the rules that read its names.
@Suite("Analysis: entity tagger") struct EntityTaggerTests {
    func names(_ analysis: PacketAnalysis) -> [String] { analysis.entities.map { "\($0.kind.rawValue):\($0.name)" } }

    @Test func theModelAndTheNameListsAreInsideTheBinary() {
        #expect(EntityTagger.weightCount > 100_000)
        #expect(NameLists.givenNames.contains("Margaret"))
        #expect(NameLists.cities.contains("Winnipeg"))
        #expect(NameLists.cities.contains("Nebraska"))
    }

    @Test func tagsBecomeSpansAndAnInsideTagContinuesOnlyItsOwnKind() {
        let tags: [EntityTagger.Tag] = [.beginPerson, .insidePerson, .outside, .beginPlace, .beginPlace, .insidePlace, .beginOther]
        #expect(EntityTagger.spans(of: tags) == [
            .init(range: 0..<2, kind: .person), .init(range: 3..<4, kind: .place), .init(range: 4..<6, kind: .place),
            .init(range: 6..<7, kind: .other),
        ])
    }

    @Test func readsPeoplePlacesAndOrganisationsOfASentence() {
        let words = ["Tomasz", "Wierzba", "flew", "from", "Winnipeg", "to", "Gdansk", "for", "Baltic", "Shipping", "Corp", "."]
        let spans = EntityTagger.spans(words, lowerVocabulary: ["flew", "from", "to", "for", "."])
        #expect(spans.map { "\($0.kind.rawValue):\(words[$0.range].joined(separator: " "))" }
            == ["person:Tomasz Wierzba", "place:Winnipeg", "place:Gdansk", "organization:Baltic Shipping Corp"])
    }

    @Test func wordsAreCutAsTheTrainingTextCutsThem() {
        let tokens = Tokenizer.tokenize("OSLO 1996-08-30: William G. Gale's team won 6-4 at St. Louis.")
        let words = NameFinder.taggerWords(tokens, tokens.indices).words
        #expect(words == ["OSLO", "1996-08-30", ":", "William", "G.", "Gale", "'s", "team", "won", "6-4", "at", "St.", "Louis", "."])
    }

    @Test func titlesAndHonorificsAreNotPartOfTheName() {
        let analysis = AnalysisSupport.analyze([
            "Mr Halvorsen met Baroness Ashdown in the capital on Monday.",
            "Halvorsen later spoke to reporters.",
        ])
        #expect(names(analysis).contains("person:Halvorsen"))
        #expect(names(analysis).contains("person:Ashdown"))
    }

    @Test func anOrganisationsHeadWordMakesItAnOrganisation() {
        let analysis = AnalysisSupport.analyze(["Passengers of Nordvik Airlines waited as the Kestrel Opera Orchestra played."])
        #expect(names(analysis).contains("organization:Nordvik Airlines"))
    }

    @Test func aDatelineInCapitalsIsRead() {
        let analysis = AnalysisSupport.analyze(["KHASAVYURT, Russia", "Talks resumed on Friday, officials said."])
        #expect(names(analysis) == ["place:KHASAVYURT", "place:Russia"])
    }

    @Test func aPeoplesAdjectiveIsNoEntityButAnEventIsOther() {
        let analysis = AnalysisSupport.analyze(["Norwegian fans travelled to the Winter Olympics in Lillehammer."])
        #expect(!names(analysis).contains { $0.hasSuffix(":Norwegian") })
        #expect(names(analysis).contains("other:Winter Olympics"))
    }

    @Test func aFirstNameAloneIsTheOnlyPersonOfTheArticleWithIt() {
        let analysis = AnalysisSupport.analyze([
            "Ellen Marsh and her brother Tobias Marsh run the farm.",
            "Ellen said the harvest was late.",
        ])
        #expect(AnalysisSupport.entity(analysis, named: "Ellen Marsh")?.mentions.map(\.text) == ["Ellen Marsh", "Ellen"])
    }

    @Test func oneKindForOneNameAcrossThePacket() {
        let analysis = Analyzer.analyze([
            AnalysisSupport.article(["Shares of Corvanta rose after Corvanta Holdings reported profits."], index: 1),
            AnalysisSupport.article(["Corvanta said it would hire staff.", "Analysts praised Corvanta."], index: 2),
        ])
        let kinds = Set(analysis.entities.filter { $0.name.hasPrefix("Corvanta") || $0.aliases.contains("Corvanta") }.map(\.kind))
        #expect(kinds.count == 1)
    }

    @Test func headlinesAndHeadingsAreScanned() {
        var article = AnalysisSupport.article(["The vote was held on Sunday, officials said."])
        article.title = "Quiet vote in Tallinn as Kallas waits"
        let analysis = Analyzer.analyze([article])
        #expect(names(analysis).contains("place:Tallinn"))
        #expect(analysis.entities.allSatisfy { $0.mentions.allSatisfy { $0.paragraph == "a1-p1" } })
    }
}
