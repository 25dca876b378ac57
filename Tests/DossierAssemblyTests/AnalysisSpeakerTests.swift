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

    @Test func thePersonNeverThePlaceOrInstitutionAfterTheComma() {
        #expect(speakers(["“The data are clear,” said Helen Marsh, a professor at Uppsala University in Stockholm."]) == ["Helen Marsh"])
        #expect(speakers(["“We will appeal,” Daniel Okoro told Reuters."]) == ["Daniel Okoro"])
        #expect(speakers(["“The plant is safe,” Thomas Berg said in a statement on Monday."]) == ["Thomas Berg"])
        #expect(speakers(["Anna Kowalski, who runs the shelter in Gdansk, said: “We are full.”"]) == ["Anna Kowalski"])
    }

    @Test func aPersonOfAnOrganisationOrPlaceIsThePerson() {
        #expect(speakers(["Bank analyst Peter Vance of Northline Bank described the results as “pretty weak”."]) == ["Peter Vance"])
        #expect(speakers(["Senator Mary Quinn of Ohio called the budget “a disgrace”."]) == ["Mary Quinn"])
    }

    @Test func accordingToAfterTheQuoteAndTitledDescriptionsBeforeTheName() {
        #expect(speakers(["The road is “closed until spring”, according to Helen Marsh."]) == ["Helen Marsh"])
        #expect(speakers(["“Talks will go on,” State Department deputy spokesperson Daniel Okoro said."]) == ["Daniel Okoro"])
        #expect(speakers(["“So they cannot explode,” Mr. Okoro said."]) == ["Okoro"])
    }

    @Test func pronounsGoToTheNearestPersonOfTheirGender() {
        let result = speakers([
            "Maria Costa met John Reid in Lisbon on Monday.",
            "“It went well,” he said.",
            "“We will meet again,” she said.",
        ])
        #expect(result == ["John Reid", "Maria Costa"])
    }

    @Test func aPartOfANameIsTheFullNameNamedBefore() {
        let result = speakers([
            "Opposition leader Lee Jae-myung spoke first.",
            "“We will not stop,” Lee said.",
        ])
        #expect(result == ["Lee Jae-myung"])
    }

    @Test func descriptionsWithNobodyNamedAndReportersAreNoSpeakers() {
        #expect(speakers(["“Flights resume on Monday,” a spokesman for the airline said."]) == ["(none)"])
        #expect(speakers(["“It is over,” a witness told the reporter Sarah Jones."]) == ["(none)"])
    }

    @Test func theSentenceAfterAQuoteClosedByAFullStopIsANewStatement() {
        let result = speakers([
            "“He never forgot his roots,” said Anna Kowalski. “He was a kind man.” Thomas Berg said the party would miss him.",
        ])
        #expect(result == ["Anna Kowalski", "Anna Kowalski"])
    }

    @Test func aQuotationStandingAloneIsThePersonTheSentenceBeforeIsAbout() {
        let result = speakers([
            "Helen Marsh, who chaired the inquiry, summed up the danger with a metaphor. “It is not the wolf at the door but termites in the wood.”",
        ])
        #expect(result == ["Helen Marsh"])
    }

    @Test func passiveSpeechVerbsNameTheSpeakerAfterBy() {
        let result = speakers([
            "The New Zealand Department of Conservation counted the whales.",
            "The stranding has been described as “heartbreaking” by the conservation department.",
        ])
        #expect(result == ["New Zealand Department of Conservation"])
    }
}
