import DossierCore
import Foundation
import Testing

/// The analysis scorer on the twelve development articles of `../shared/dev/articles` against
/// `../shared/gold/dev.json`, which no rule was tuned to. One test per measure, each asserting the
/// figure the analysis holds now, so that a regression fails the suite and each measure reads alone.
@Suite struct DevScoreTests {
    static let articles = AnalysisScorer.shared.appendingPathComponent("dev/articles")
    static let score = Result { try AnalysisScorer.score([articles], gold: "dev.json", date: PacketDate(year: 2024, month: 1, day: 15)!) }

    static func measure(_ name: String) throws -> (value: Double, output: String) {
        let score = try score.get()
        return (score[name], score.output)
    }

    @Test func quotes() throws {
        let (value, output) = try Self.measure("quotes")
        #expect(value >= 1.00, "\(output)")
    }


    @Test func speakers() throws {
        let (value, output) = try Self.measure("speakers")
        #expect(value >= 0.90, "\(output)")
    }


    @Test func entities() throws {
        let (value, output) = try Self.measure("entities")
        #expect(value >= 0.75, "\(output)")
    }


    @Test func quantities() throws {
        let (value, output) = try Self.measure("quantities")
        #expect(value >= 0.97, "\(output)")
    }


    @Test func timeline() throws {
        let (value, output) = try Self.measure("timeline")
        #expect(value >= 0.99, "\(output)")
    }


    @Test func structure() throws {
        let (value, output) = try Self.measure("structure")
        #expect(value >= 1.00, "\(output)")
    }


    @Test func overall() throws {
        let (value, output) = try Self.measure("overall")
        #expect(value >= 0.93, "\(output)")
    }
}
