import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: timeline") struct AnalysisTimelineTests {
    func events(_ text: String, date: PacketDate? = nil) -> [String] {
        AnalysisSupport.analyze([text], date: date).timeline.map { "\($0.date)|\($0.precision.rawValue)" }
    }

    @Test func explicitDatesWithTheirPrecision() {
        #expect(events("The deal was signed on June 10, 2021.") == ["2021-06-10|day"])
        #expect(events("The deal was signed on 10 June 2021.") == ["2021-06-10|day"])
        #expect(events("It was signed on Aug. 14, 2023, in Ankara.") == ["2023-08-14|day"])
        #expect(events("The coup came in August 2020.") == ["2020-08|month"])
        #expect(events("Troops will leave by 2023.") == ["2023|year"])
        #expect(events("Fighting began in 2013 and the 2015 accord failed.") == ["2013|year", "2015|year"])
        #expect(events("The file is dated 2021-06-10.") == ["2021-06-10|day"])
    }

    @Test func aMonthWithoutYearNeedsTheArticlesDate() {
        #expect(events("Colonel Assimi Goita took power in May.").isEmpty)
        let date = PacketDate(year: 2021, month: 9, day: 26)!
        #expect(events("Colonel Assimi Goita took power in May.", date: date) == ["2021-05|month"])
        #expect(events("The vote took place in November.", date: date) == ["2020-11|month"])
        #expect(events("The vote will take place in November.", date: date) == ["2021-11|month"])
        #expect(events("Talks resume on 3 October.", date: date) == ["2020-10-03|day"])
    }

    @Test func numbersThatAreNotDates() {
        #expect(events("Theresa May met 2000 farmers; the unit numbered 1,999 men.").isEmpty)
    }

    @Test func eventsCarryASummaryAndProvenance() {
        let analysis = AnalysisSupport.analyze(["Intro.", "Mali plunged into turmoil, culminating in a coup in August 2020."])
        let event = analysis.timeline.first
        #expect(event?.id == "a1-t1")
        #expect(event?.paragraph == "a1-p2")
        #expect(event?.summary == "Mali plunged into turmoil, culminating in a coup in August 2020.")
    }
}
