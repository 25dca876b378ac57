import DossierCore
import Testing
@testable import DossierAssembly

@Suite("Analysis: timeline") struct AnalysisTimelineTests {
    func events(_ text: String, date: PacketDate? = nil) -> [String] {
        AnalysisSupport.analyze([text], date: date).timeline.map { "\($0.date)|\($0.precision.rawValue)" }
    }

    func events(_ text: String, dateSource: DateSource, date: PacketDate) -> [String] {
        var article = AnalysisSupport.article([text], date: date)
        article.dateSource = dateSource
        return Analyzer.analyze([article]).timeline.map { "\($0.date)|\($0.precision.rawValue)" }
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

    @Test func aMonthWithoutYearStaysWithoutYearUnlessTheTextGivesIt() {
        let date = PacketDate(year: 2021, month: 9, day: 26)!
        #expect(events("Colonel Assimi Goita took power in May.") == ["05|month-without-year"])
        #expect(events("Colonel Assimi Goita took power in May.", date: date) == ["05|month-without-year"])
        #expect(events("Talks resume on 3 October.", date: date) == ["10|month-without-year"])
        #expect(events("November marked the start of the season, which peaks in an unusually wet January.") ==
                ["11|month-without-year", "01|month-without-year"])
        #expect(events("The vote took place last November.", date: date) == ["2020-11|month"])
        #expect(events("The vote takes place this November.", date: date) == ["2021-11|month"])
        #expect(events("Talks resumed on 3 March this year.", date: date) == ["2021-03-03|day"])
        #expect(events("Theresa May met April Ryan and June Carter.", date: date).isEmpty)
    }

    @Test func relativeDatesCountFromTheArticlesOwnDate() {
        // Sunday 2024-03-17.
        let sunday = PacketDate(year: 2024, month: 3, day: 17)!
        func dated(_ text: String) -> [String] { events(text, dateSource: .publicationLine, date: sunday) }
        #expect(dated("The ferry sank on Friday.") == ["2024-03-15|day"])
        #expect(dated("Rescuers arrived late Saturday and again yesterday.") == ["2024-03-16|day"])
        #expect(dated("The inquiry will open on Tuesday.") == ["2024-03-19|day"])
        #expect(dated("The operator was fined earlier this month.") == ["2024-03|month"])
        #expect(dated("A similar ferry sank last month.") == ["2024-02|month"])
        #expect(dated("Divers found the wreck last week.") == ["2024-03|month"])
        #expect(dated("Friday is a holiday, and many people travel today.").isEmpty)
    }

    @Test func thePacketsDateResolvesNothing() {
        let packetDay = PacketDate(year: 2024, month: 3, day: 17)!
        #expect(events("The ferry sank on Friday, yesterday, last week.", dateSource: .packetDate, date: packetDay).isEmpty)
        #expect(events("The vote took place last November.", dateSource: .packetDate, date: packetDay) == ["11|month-without-year"])
    }

    @Test func impossibleDatesAreNotDates() {
        #expect(events("The rules took effect on 29 February 2023 and on February 30.").isEmpty)
        #expect(events("The rules took effect on 29 February 2024.") == ["2024-02-29|day"])
    }

    @Test func spansOfYears() {
        #expect(events("Estimates run from 2019 to 2024, as in the downturn of 2008-9.") == ["2019|year", "2024|year", "2008|year"])
        #expect(events("They signed the 1994 Energy Charter Treaty.") == ["1994|year"])
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
