import DossierCore
import Testing
@testable import DossierAssembly

/// Whole invented articles in the conventions of a wire service, a broadcaster and a magazine
/// (Fixtures/analysis), read as a build reads them, with the findings a reader would list by hand.
@Suite("Analysis: fixture articles") struct AnalysisFixtureTests {
    func analysis(_ name: String) throws -> PacketAnalysis {
        Analyzer.analyze(try AnalysisSupport.fixtureArticles([name]))
    }

    func quotes(_ analysis: PacketAnalysis) -> [String] {
        analysis.quotes.map { "\(AnalysisSupport.speaker(of: $0.text, in: analysis) ?? "?"): \($0.text)" }
    }

    func quantities(_ analysis: PacketAnalysis) -> [String] {
        analysis.quantities.map { "\($0.value)|\($0.unit ?? "-")|\($0.noun)" }
    }

    func timeline(_ analysis: PacketAnalysis) -> [String] {
        analysis.timeline.map { "\($0.date)|\($0.precision.rawValue)" }
    }

    @Test func wireStory() throws {
        let analysis = try analysis("wire-grain.txt")
        #expect(quotes(analysis) == [
            "Dmytro Kuleba: We will not let our farmers pay for this war",
            "Dmytro Kuleba: The ships will sail, with or without Moscow's blessing.",
            "Hulusi Akar: Our navy is ready",
            "Kremlin: a provocation",
            "Russian Defence Ministry: legitimate targets.",
            "Rebeca Grynspan: This is about bread, not politics. Every family in Africa and the Middle East feels it.",
            "Rebeca Grynspan: We cannot wait for another winter",
        ])
        #expect(quantities(analysis) == [
            "4000000.0|-|tonnes", "30.0|-|vessels", "47000000.0|-|people", "3.0|-|frigates", "1200000000.0|USD|US dollars",
            "12.0|%|percent", "2100000.0|-|tonnes", "5000000.0|-|tonnes",
        ])
        #expect(timeline(analysis) == ["2023-08-14|day", "2022-03|month", "01|month-without-year", "07|month-without-year", "06|month-without-year"])
        #expect(AnalysisSupport.entity(analysis, named: "Kuleba")?.name == "Dmytro Kuleba")
        #expect(AnalysisSupport.entity(analysis, named: "UN")?.name == "United Nations")
        #expect(AnalysisSupport.entity(analysis, named: "Ukrainian") == nil)
    }

    @Test func broadcasterStory() throws {
        let analysis = try analysis("broadcaster-floods.txt")
        #expect(quotes(analysis) == [
            "Shehbaz Sharif: a climate catastrophe of epic proportions",
            "Amina Bibi: The water is everywhere. We lost our house, our cattle, everything",
            "Antonio Guterres: Pakistan is drowning",
        ])
        #expect(quantities(analysis) == [
            "33000000.0|-|people", "5.0|-|children", "1136.0|-|people", "8000000000.0|GBP|British pounds", "28000000000.0|INR|Indian rupees",
            "634000.0|-|people",
        ])
        #expect(timeline(analysis) == ["06|month-without-year", "2022-09-09|day"], "“since 14 June” has no year: a month without year")
        #expect(AnalysisSupport.entity(analysis, named: "NDMA")?.name == "National Disaster Management Authority")
        #expect(AnalysisSupport.entity(analysis, named: "Sindh")?.kind == .place)
    }

    @Test func magazineStory() throws {
        let analysis = try analysis("magazine-chips.md")
        #expect(quotes(analysis) == [
            "Peter Wennink: We build what the physics allows",
            "Peter Wennink: Nothing more, and nothing less.",
            "(none): Export controls are a blunt instrument, and blunt instruments break things you did not mean to break.",
            "Peter Wennink: It is a marathon",
            "Peter Wennink: Not a sprint.",
        ])
        #expect(quantities(analysis) == [
            "39000.0|-|people", "345.0|-|machines", "2500000000.0|EUR|euros", "18.0|%|percent", "41000000000.0|USD|US dollars",
        ])
        // Dated 2 May 2023: October is last October, March this March.
        // "In October", "in March": the article's date does not say which year's; the text does not either.
        #expect(timeline(analysis) == ["10|month-without-year", "03|month-without-year", "2019|year", "2025|year"])
        #expect(AnalysisSupport.entity(analysis, named: "Peterson Institute for International Economics")?.kind == .organization)
        #expect(AnalysisSupport.entity(analysis, named: "International Economics") == nil)
        #expect(analysis.keyPoints.filter { $0.scope == .article }.count == 3)
    }
}
