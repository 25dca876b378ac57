import DossierCore
import Foundation
import Testing

/// The analysis scorer on the seed articles, with the targets of the analysis issue as assertions,
/// so that a regression fails the suite.
@Suite struct SeedScoreTests {
    static let seeds = AnalysisScorer.root.appendingPathComponent("examples/mali-briefing/articles")

    @Test func seedAnalysisMeetsTheTargets() throws {
        let score = try AnalysisScorer.score([Self.seeds], gold: "seeds.json", date: PacketDate(year: 2021, month: 9, day: 26)!)
        print(score.output)
        #expect(score["quotes"] >= 0.95, "\(score.output)")
        #expect(score["speakers"] >= 0.90, "\(score.output)")
        #expect(score["entities"] >= 0.85, "\(score.output)")
        #expect(score["quantities"] >= 0.90, "\(score.output)")
        #expect(score["timeline"] >= 1.00, "\(score.output)")
        #expect(score.corroborated.total == 2 && score.corroborated.found == 2, "\(score.output)")
    }
}
