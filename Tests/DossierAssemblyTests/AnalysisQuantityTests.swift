import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: quantities") struct AnalysisQuantityTests {
    func facts(_ text: String) -> [String] {
        AnalysisSupport.analyze([text]).quantities.map { "\($0.value)|\($0.unit ?? "-")|\($0.noun)" }
    }

    @Test func countsWithTheNounTheyCount() {
        #expect(facts("Some 15,000 peacekeepers and 1,000 Wagner paramilitaries stayed.") ==
                ["15000.0|-|peacekeepers", "1000.0|-|Wagner paramilitaries"])
        #expect(facts("The mission has 700 soldiers from 25 European countries.") ==
                ["700.0|-|soldiers", "25.0|-|European countries"])
        #expect(facts("At least 2 million people fled.") == ["2000000.0|-|people"])
        #expect(facts("A 5,000-strong force arrived.") == ["5000.0|-|force"])
    }

    @Test func aBareNumberBorrowsTheNounItIsComparedWith() {
        #expect(facts("French troops should drop from around 5,000 today to 2,500 or 3,000 by 2023.") ==
                ["5000.0|-|French troops", "2500.0|-|French troops", "3000.0|-|French troops"])
        #expect(facts("Between 300 and 400 fighters crossed.") == ["300.0|-|fighters", "400.0|-|fighters"])
    }

    @Test func moneyWithItsCurrency() {
        #expect(facts("The EU pledged $1.2 billion in food aid.") == ["1200000000.0|USD|US dollars"])
        #expect(facts("Repairs could cost £8bn, or 500 million euros more.") == ["8000000000.0|GBP|British pounds", "500000000.0|EUR|euros"])
        #expect(facts("The fund holds US$300 million.") == ["300000000.0|USD|US dollars"])
        #expect(facts("The airline took a $900m loan and sold bonds worth £1.2bn.") == ["900000000.0|USD|US dollars", "1200000000.0|GBP|British pounds"])
        #expect(facts("The port needs two billion euros.") == ["2000000000.0|EUR|euros"])
    }

    @Test func moneyKeepsWhatItIsForInItsText() {
        let quantity = AnalysisSupport.analyze(["The airline agreed a $600m loan from its bank."]).quantities.first
        #expect(quantity?.text == "$600m loan")
        #expect(quantity?.noun == "US dollars")
    }

    @Test func percentages() {
        #expect(facts("Prices rose 12% in a year and 40 per cent of voters stayed home.") == ["12.0|%|percent", "40.0|%|percent"])
    }

    @Test func spelledOutNumbersAndApproximationsCountTheirNoun() {
        #expect(facts("Three ships and two million people were caught in the storm.") == ["3.0|-|ships", "2000000.0|-|people"])
        #expect(facts("He sent 10 or so images to the editor.") == ["10.0|-|images"])
        #expect(facts("The bloc holds 192 of the chamber's 300 seats.") == ["192.0|-|seats", "300.0|-|seats"])
        #expect(facts("One of the ships sank, and two were towed away.").isEmpty)
    }

    @Test func aBareNumberAnswersTheCountOfTheSentenceBefore() {
        #expect(facts("About 2 million people fall ill every year. About 23,000 die.") == ["2000000.0|-|people", "23000.0|-|people"])
        #expect(facts("The city has 25 crews. In winter that number can rise to more than 60.") == ["25.0|-|crews", "60.0|-|crews"])
        #expect(facts("It was founded by 1,000 settlers. Rents rose to 900.") == ["1000.0|-|settlers"])
    }

    @Test(arguments: [
        "The plane landed at 8.20 a.m. and left again at 10 pm.",
        "Flight BA117 was an Airbus A380; a Boeing 747 waited at gate 12.",
        "Call 020 7946 0958 or 555-0134 for news of relatives.",
        "The home side won 3-1 after trailing 0-1 at half-time.",
        "The 1994 treaty and the 2022 election came before 1985 Vodafone launches.",
        "Analysts said the airline might seek Chapter 11 protection under UN resolution 1441.",
        "The team's LGP-30 was slow.",
        "About 23,000 die every year.",
    ])
    func notCounts(_ sentence: String) {
        #expect(facts(sentence).isEmpty)
    }

    @Test func aSentenceThatRecallsAnotherEventMarksItsNumbersAsContext() {
        let analysis = AnalysisSupport.analyze([
            "The crash killed 62 passengers.",
            "It was the deadliest accident since 2009, when 228 people died over the Atlantic.",
            "In 2001, when a previous ferry sank, 140 passengers drowned.",
            "A previous crash on the same route killed 40 people.",
            "The airline has had 3 crashes since 2012, when it began flying.",
            "It was the deadliest air disaster in the whole country since 1996, when 70 people died near the coast.",
        ])
        #expect(analysis.quantities.map { "\($0.value)|\($0.context.map(String.init) ?? "-")" } ==
                ["62.0|-", "228.0|true", "140.0|true", "40.0|true", "3.0|-", "70.0|true"])
    }

    @Test func yearsDatesAgesTimesAndDurationsAreNotQuantities() {
        #expect(facts("In 2013, on June 10, 2021, at 10:30, Ada Obi, 52, served 10 years and a 45-year-old man left in the 1990s on the 3rd day.").isEmpty)
    }

    @Test func provenanceAndText() {
        let analysis = AnalysisSupport.analyze(["Intro.", "France has 5,100 troops in the Sahel."])
        let quantity = analysis.quantities.first
        #expect(quantity?.id == "a1-n1")
        #expect(quantity?.paragraph == "a1-p2")
        #expect(quantity?.text == "5,100 troops")
        #expect(quantity?.sentence == "France has 5,100 troops in the Sahel.")
    }
}
