import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

/// Quote marks as real and broken text has them: quotations opened in every paragraph and closed only in
/// the last, marks never closed, unbalanced single quotes, thousands of quotes in a paragraph, megabyte lines.
@Suite("Analysis: quote marks in bad input") struct QuoteBadInputTests {
    @Test func paragraphsThatOpenAQuoteAndNeverCloseItAreOneQuotationInParts() throws {
        let path = AnalysisSupport.fixtures.appendingPathComponent("unclosed-quotes.txt").path
        let packet = try PacketAssembler(options: AssemblyOptions(date: PacketDate(year: 2024, month: 1, day: 15)!)).assemble([path])
        #expect(packet.quotes.map(\.text) == [
            "The boats have not gone out for three weeks and the nets are rotting on the quay.",
            "Nobody from the ministry has come to see what the storm left us.",
        ])
        #expect(packet.quotes.map(\.paragraph) == ["a1-p1", "a1-p2"])
        #expect(packet.quotes.allSatisfy { $0.speaker == nil && !$0.partial })
        let json = try JSONSerialization.jsonObject(with: JSONExporter.encode(packet)) as? [String: Any]
        #expect((json?["quotes"] as? [Any])?.count == 2)
    }

    @Test func aQuotationOverThreeParagraphsKeepsItsOneSpeaker() {
        let analysis = AnalysisSupport.analyze([
            "“We rebuilt the school first,” said Mayor Ines Duarte. “The roof came before anything else.",
            "“Then the walls, which the flood had cracked.",
            "“Then the children came back.”",
            "“It took a year,” Paulo Reis said.",
        ])
        #expect(analysis.quotes.map(\.text) == [
            "We rebuilt the school first", "The roof came before anything else.", "Then the walls, which the flood had cracked.",
            "Then the children came back.", "It took a year",
        ])
        #expect(analysis.quotes.map { AnalysisSupport.speaker(of: $0.text, in: analysis) }
            == ["Ines Duarte", "Ines Duarte", "Ines Duarte", "Ines Duarte", "Paulo Reis"])
        #expect(analysis.quotes.map(\.paragraph) == ["a1-p1", "a1-p1", "a1-p2", "a1-p3", "a1-p4"])
    }

    @Test func anOpeningSingleMarkWithoutItsCloserGivesWayToTheNextQuote() {
        let analysis = AnalysisSupport.analyze([
            "Farmers call it ‘the long dry, while the ministry calls it ‘a passing phase’ and waits.",
            "It wasn't ‘over, they said, and 'never will be.",
        ])
        #expect(analysis.quotes.map(\.text) == ["a passing phase"])
    }

    @Test(.timeLimit(.minutes(2))) func fiveThousandQuotesInOneParagraphEachGetTheirSpeaker() {
        let line = "Ana Silva spoke to the council. " + String(repeating: "“Yes,” she said. “No,” David Reis said. ", count: 2_500)
        let analysis = AnalysisSupport.analyze([line])
        #expect(analysis.quotes.count == 5_000)
        let speakers = analysis.quotes.map { quote in analysis.entities.first { $0.id == quote.speaker }?.name ?? "(none)" }
        let wrong = speakers.enumerated().filter { $1 != ($0.isMultiple(of: 2) ? "Ana Silva" : "David Reis") }
        #expect(wrong.isEmpty, "first wrong speakers: \(wrong.prefix(3))")
    }

    @Test(.timeLimit(.minutes(2))) func aMegabyteLineOfUnbalancedMarksOfEveryKind() {
        let line = String(repeating: "“one ‘two \"three «four ’five' six ", count: 1_000_000 / 34)
        let analysis = AnalysisSupport.analyze([line, "The council met.", "“Closed,” said Ana Silva."])
        #expect(analysis.quotes.last?.text == "Closed")
        #expect(analysis.quotes.allSatisfy { !$0.text.isEmpty && $0.paragraph != "a1-p2" })
    }

    @Test(.timeLimit(.minutes(2))) func aMegabyteLineWithoutSpaces() throws {
        let word = String(repeating: "x", count: 497)
        let article = AnalysisSupport.article([String(repeating: "“\(word)’\(word)\"", count: 1_000)])
        let analysis = Analyzer.analyze([article])
        #expect(analysis.quotes.count == 1_000)
        let packet = Packet(title: "T", date: PacketDate(year: 2024, month: 1, day: 15)!, articles: [article], quotes: analysis.quotes)
        #expect(try JSONSerialization.jsonObject(with: JSONExporter.encode(packet)) is [String: Any])
    }

    /// Speakers are resolved against the people named before, by index, so thousands of people in one
    /// article cost no more than thousands of words.
    @Test(.timeLimit(.minutes(2))) func thousandsOfPeopleInOneArticleEachSpeakForThemselves() {
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "da"]
        let surnames = syllables.flatMap { a in syllables.flatMap { b in syllables.map { c in (a + b + c).capitalized } } }
        let people = ["Anna", "David", "Maria", "Thomas"].flatMap { given in surnames.map { "\(given) \($0)" } }
        let paragraphs = stride(from: 0, to: people.count, by: 20).map { start in
            people[start..<min(start + 20, people.count)].map { "“We agree,” said \($0)." }.joined(separator: " ")
        }
        let analysis = AnalysisSupport.analyze(paragraphs)
        #expect(analysis.quotes.count == people.count)
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0.name) })
        #expect(analysis.quotes.map { $0.speaker.flatMap { names[$0] } ?? "(none)" } == people)
    }
}
