import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: speakers") struct AnalysisSpeakerTests {
    func speakers(_ paragraphs: [String]) -> [String] {
        let analysis = AnalysisSupport.analyze(paragraphs)
        return analysis.quotes.map { AnalysisSupport.speaker(of: $0.text, in: analysis) ?? "?" }
    }

    @Test func attributionAfterTheQuoteInBothOrders() {
        #expect(speakers(["“The port is open,” harbour master Jonas Lind said on Friday."]) == ["Jonas Lind"])
        #expect(speakers(["“The port is open,” said Jonas Lind, the harbour master."]) == ["Jonas Lind"])
        #expect(speakers(["Jonas Lind runs the port. “It is open,” Lind insisted."]) == ["Jonas Lind"])
    }

    @Test func attributionBeforeTheQuote() {
        #expect(speakers(["Economy Minister Carla Nunes said: “Prices will fall.”"]) == ["Carla Nunes"])
        #expect(speakers(["Carla Nunes told lawmakers that the plan was “a first step”."]) == ["Carla Nunes"])
        #expect(speakers(["Carla Nunes, the economy minister, warned of “hard months”."]) == ["Carla Nunes"])
    }

    @Test func accordingToAndStatementsFromOrganisations() {
        #expect(speakers(["According to the World Food Programme, “stocks are gone”."]) == ["World Food Programme"])
        #expect(speakers(["“Talks continue,” read a statement from the Kenyan Foreign Ministry."]) == ["Kenyan Foreign Ministry"])
        #expect(speakers(["“No comment,” the Central Bank of Chile said."]) == ["Central Bank of Chile"])
    }

    @Test func pronounsGoToTheNearestPersonWhoSpokeOrActed() {
        let result = speakers([
            "Senator Ruth Adeyemi met Paul Okafor in Abuja on Monday.",
            "“We agreed on nothing,” she said.",
            "“But we will meet again,” she added, after Okafor left.",
        ])
        #expect(result == ["Ruth Adeyemi", "Ruth Adeyemi"])
    }

    @Test func rolesGoToTheLastPersonWithThatTitle() {
        let result = speakers([
            "Foreign Minister Amal Haddad arrived in Cairo with President Omar Saleh.",
            "“The border stays closed,” the minister said.",
            "“For now,” the president added.",
        ])
        #expect(result == ["Amal Haddad", "Omar Saleh"])
    }

    @Test func aQuoteWithoutAttributionContinuesThePreviousSpeaker() {
        let result = speakers(["“We are tired,” said nurse Lea Moreau. “We need more staff.”"])
        #expect(result == ["Lea Moreau", "Lea Moreau"])
    }

    @Test func unknownSpeakersStayUnknown() {
        #expect(speakers(["“It is over,” a source close to the talks said."]) == ["(none)"])
        #expect(speakers(["The slogan “never again” was painted on the wall."]) == ["(none)"])
        #expect(speakers(["“We will see,” they said."]) == ["(none)"])
    }
}
