import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: entities") struct AnalysisEntityTests {
    func names(_ analysis: PacketAnalysis) -> [String] { analysis.entities.map { "\($0.kind.rawValue):\($0.name)" } }

    @Test func peopleOrganisationsAndPlacesOnceEachWithTheirShortForms() {
        let analysis = AnalysisSupport.analyze([
            "Interior Minister Nadia Benali met officials of the United Nations in Tunis on Monday.",
            "Benali later told the UN that the Wagner group had no role in Libya.",
            "Wagner fighters left Tunisia, Benali said.",
        ])
        #expect(names(analysis) == ["person:Nadia Benali", "organization:United Nations", "place:Tunis",
                                    "organization:Wagner group", "place:Libya", "place:Tunisia"])
        let benali = AnalysisSupport.entity(analysis, named: "Nadia Benali")
        #expect(benali?.id == "e-nadia-benali")
        #expect(benali?.aliases == ["Benali"])
        #expect(benali?.mentions.map(\.paragraph) == ["a1-p1", "a1-p2", "a1-p3"])
        #expect(AnalysisSupport.entity(analysis, named: "United Nations")?.aliases == ["UN"])
        #expect(AnalysisSupport.entity(analysis, named: "Wagner group")?.aliases == ["Wagner"])
    }

    @Test func demonymsTitlesAndSentenceStartsAreNotEntities() {
        let analysis = AnalysisSupport.analyze([
            "Malian soldiers and Russian instructors patrolled the town. Soldiers said the French had left.",
            "The President spoke to European diplomats. However, nothing changed.",
        ])
        #expect(analysis.entities.isEmpty)
    }

    @Test func countriesComeFromISOCodesWithTheirShortAndOfficialNames() {
        let analysis = AnalysisSupport.analyze([
            "The Russian Federation and Burkina Faso signed a deal. Russia also courted Côte d'Ivoire and the U.S.",
            "Talks moved to the Central African Republic, then to Bamako and the Sahel.",
        ])
        #expect(names(analysis) == ["place:Russian Federation", "place:Burkina Faso", "place:Côte d'Ivoire", "place:U.S.",
                                    "place:Central African Republic", "place:Bamako", "place:Sahel"])
        #expect(AnalysisSupport.entity(analysis, named: "Russia")?.aliases == ["Russia"])
    }

    @Test func organisationsByHeadWordPrefixAcronymAndBody() {
        let analysis = AnalysisSupport.analyze([
            "The French Ministry of Defense said Operation Barkhane and Task Force Takuba would merge.",
            "The UN General Assembly met as the General Assembly does each year; EUTM Mali trained 700 soldiers.",
            "The Peterson Institute for International Economics and the National Disaster Management Authority (NDMA) agreed.",
        ])
        #expect(names(analysis) == ["organization:French Ministry of Defense", "organization:Operation Barkhane",
                                    "organization:Task Force Takuba", "organization:United Nations", "organization:EUTM Mali",
                                    "organization:Peterson Institute for International Economics",
                                    "organization:National Disaster Management Authority"])
        #expect(AnalysisSupport.entity(analysis, named: "Takuba")?.name == "Task Force Takuba")
        #expect(AnalysisSupport.entity(analysis, named: "General Assembly")?.name == "United Nations")
        #expect(AnalysisSupport.entity(analysis, named: "NDMA")?.name == "National Disaster Management Authority")
    }

    @Test func aSurnameSharedByTwoPeopleIsNotGuessed() {
        let analysis = AnalysisSupport.analyze([
            "Maria Costa and her brother Rui Costa founded the firm.",
            "Costa declined to comment.",
        ])
        #expect(names(analysis) == ["person:Maria Costa", "person:Rui Costa"])
        #expect(analysis.entities.map(\.mentions.count) == [1, 1])
    }

    @Test func entitiesAreMergedAcrossArticles() {
        let first = AnalysisSupport.article(["President Emmanuel Macron visited Niamey."], index: 1)
        let second = AnalysisSupport.article(["Macron left Niger on Friday."], index: 2)
        let analysis = Analyzer.analyze([first, second])
        let macron = AnalysisSupport.entity(analysis, named: "Emmanuel Macron")
        #expect(macron?.mentionCounts.map(\.article) == ["a1", "a2"])
        #expect(macron?.mentions.map(\.text) == ["Emmanuel Macron", "Macron"])
    }

    @Test func slugsAreStableAndUnique() {
        #expect(EntityRegistry.slug("Jean-Yves Le Drian") == "jean-yves-le-drian")
        #expect(EntityRegistry.slug("Côte d'Ivoire") == "cote-d-ivoire")
    }
}
