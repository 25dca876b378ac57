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
        #expect(facts("The EU pledged $1.2 billion in food aid.") == ["1200000000.0|USD|food aid"])
        #expect(facts("Repairs could cost £8bn, or 500 million euros more.") == ["8000000000.0|GBP|pounds", "500000000.0|EUR|euros"])
        #expect(facts("The fund holds US$300 million.") == ["300000000.0|USD|dollars"])
    }

    @Test func percentages() {
        #expect(facts("Prices rose 12% in a year and 40 per cent of voters stayed home.") == ["12.0|%|percent", "40.0|%|voters"])
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
