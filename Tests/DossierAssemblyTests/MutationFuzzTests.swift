import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

/// A short fixed-seed mutation pass in the normal test run: the seed and development articles with quote
/// marks inserted, deleted and duplicated, lines cut, paragraphs joined and repeated, random bytes
/// inserted. Every case must assemble (or be refused as unusable) and give a packet whose JSON parses
/// and whose quotes point at paragraphs of their article. A crash here names no case: rerun
/// `mutatedArticlesAssemble` with `DOSSIER_FUZZ_FROM` set to find it.
@Suite("Analysis: mutated articles") struct MutationFuzzTests {
    static let seedArticles = AnalysisScorer.root.appendingPathComponent("examples/mali-briefing/articles")
    static let devArticles = AnalysisScorer.shared.appendingPathComponent("dev/articles")
    static let caseCount = 240
    /// Longer articles are cut to their title and a random run of lines this long, which keeps the pass
    /// within seconds while every part of every article can be mutated.
    static let caseBytes = 2_500
    /// Cases per packet: several mutated articles are assembled together, as a build would.
    static let casesPerPacket = 5

    @Test func mutatedArticlesAssemble() throws {
        let originals = try Self.originals()
        #expect(originals.count >= 10, "the seed and dev articles must be there")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(seed: 0x5EED_D055_1E12)
        let assembler = PacketAssembler(options: AssemblyOptions(date: PacketDate(year: 2024, month: 1, day: 15)!))
        let from = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_FROM"].flatMap(Int.init) ?? 0
        for batch in stride(from: 0, to: Self.caseCount, by: Self.casesPerPacket) {
            var paths: [String] = []
            for number in batch..<batch + Self.casesPerPacket {
                var bytes = Self.window(of: originals[random.below(originals.count)], &random)
                for _ in 0...random.below(3) { Mutation.allCases[random.below(Mutation.allCases.count)].apply(to: &bytes, &random) }
                let path = folder.appendingPathComponent(String(format: "case-%03d.txt", number)).path
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                if number >= from { paths.append(path) }
            }
            guard !paths.isEmpty else { continue }
            try Self.expectUsablePacket(assembler, paths)
            for path in paths { try FileManager.default.removeItem(atPath: path) }
        }
    }

    private static func expectUsablePacket(_ assembler: PacketAssembler, _ paths: [String]) throws {
        let packet: Packet
        do {
            packet = try assembler.assemble(paths)
        } catch .nothingUsable {
            return
        } catch {
            Issue.record("cases \(paths.map { URL(fileURLWithPath: $0).lastPathComponent }): \(error)")
            return
        }
        let json = try #require(try JSONSerialization.jsonObject(with: JSONExporter.encode(packet)) as? [String: Any],
                                "cases \(paths.map { URL(fileURLWithPath: $0).lastPathComponent })")
        #expect((json["articles"] as? [Any])?.count == packet.articles.count)
        let paragraphs = Set(packet.articles.flatMap { $0.body.map(\.id) })
        for quote in packet.quotes {
            #expect(paragraphs.contains(quote.paragraph) && !quote.text.isEmpty, "\(quote) in \(paths)")
        }
    }

    private static func window(of article: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        guard article.count > caseBytes, let titleEnd = article.firstIndex(of: 0x0A) else { return article }
        var start = titleEnd + 1 + random.below(article.count - caseBytes)
        while start > titleEnd + 1, article[start - 1] != 0x0A { start -= 1 }
        var end = min(article.count, start + caseBytes)
        while end < article.count, article[end - 1] != 0x0A { end += 1 }
        return Array(article[...titleEnd]) + [0x0A] + Array(article[start..<end])
    }

    private static func originals() throws -> [[UInt8]] {
        try [seedArticles, devArticles].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".txt") }
                .map { try [UInt8](Data(contentsOf: folder.appendingPathComponent($0))) }
        }
    }
}

/// The edits a mutation pass makes, on UTF-8 bytes; positions fall on character boundaries except for
/// random bytes, which may break the encoding on purpose.
private enum Mutation: CaseIterable {
    case insertQuoteMark, deleteQuoteMark, duplicateQuoteMark, cutLine, joinParagraphs, repeatParagraph, insertRandomBytes

    static let marks: [[UInt8]] = ["“", "”", "\"", "‘", "’", "'", "«", "»", "„"].map { Array($0.utf8) }

    func apply(to bytes: inout [UInt8], _ random: inout SplitMix64) {
        switch self {
        case .insertQuoteMark:
            bytes.insert(contentsOf: Self.marks[random.below(Self.marks.count)], at: Self.boundary(in: bytes, &random))
        case .deleteQuoteMark, .duplicateQuoteMark:
            guard let mark = Self.randomMark(in: bytes, &random) else { return }
            if self == .deleteQuoteMark { bytes.removeSubrange(mark) } else { bytes.insert(contentsOf: bytes[mark], at: mark.lowerBound) }
        case .cutLine:
            let lines = Self.lines(of: bytes)
            guard let line = lines.randomElement(using: &random), !line.isEmpty else { return }
            let cut = Self.boundary(in: bytes, from: line.lowerBound, to: line.upperBound, &random)
            bytes.removeSubrange(cut..<line.upperBound)
        case .joinParagraphs:
            let breaks = bytes.indices.dropLast().filter { bytes[$0] == 0x0A && bytes[$0 + 1] == 0x0A }
            guard let join = breaks.randomElement(using: &random) else { return }
            bytes.replaceSubrange(join...join + 1, with: [0x20])
        case .repeatParagraph:
            guard let line = Self.lines(of: bytes).randomElement(using: &random) else { return }
            let copies = 1 + random.below(4)
            let paragraph = Array(bytes[line]) + [0x0A, 0x0A]
            bytes.insert(contentsOf: Array(repeating: paragraph, count: copies).joined(), at: line.lowerBound)
        case .insertRandomBytes:
            let junk = (0..<1 + random.below(6)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            bytes.insert(contentsOf: junk, at: random.below(bytes.count + 1))
        }
    }

    private static func boundary(in bytes: [UInt8], from start: Int = 0, to end: Int? = nil, _ random: inout SplitMix64) -> Int {
        let end = end ?? bytes.count
        var index = start + random.below(end - start + 1)
        while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
        return index
    }

    private static func randomMark(in bytes: [UInt8], _ random: inout SplitMix64) -> Range<Int>? {
        var found: [Range<Int>] = []
        for index in bytes.indices {
            for mark in marks where bytes[index...].starts(with: mark) { found.append(index..<index + mark.count) }
        }
        return found.randomElement(using: &random)
    }

    private static func lines(of bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        return lines
    }
}

/// A small fixed-seed generator, so that every run mutates the same way.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}
