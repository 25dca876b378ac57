@testable import DossierCore
import Foundation
import TestSupport
import Testing

/// The streaming writer must give, byte for byte, what `JSONEncoder` gave before it.
@Suite("Streaming JSON")
struct StreamingJSONTests {
    @Test("sample packets encode to JSONEncoder's exact bytes", arguments: [SamplePackets.rich, SamplePackets.hostile, SamplePackets.emptyAnalysis])
    func samplePackets(packet: Packet) throws {
        let expected = try foundationJSON(packet)
        #expect(text(try JSONExporter.encode(packet)) == text(expected))
    }

    @Test("a buffer far smaller than the document changes nothing")
    func tinyBuffer() throws {
        var data = Data()
        let output = JSONOutput(capacity: 7) { data.append($0) }
        try StreamingJSONEncoder.encode(SamplePackets.hostile, to: output)
        try output.flush()
        #expect(text(data) == text(try foundationJSON(SamplePackets.hostile)))
    }

    @Test("numbers, escapes, absent values, empty and nested containers, dictionaries and Foundation types match JSONEncoder")
    func edgeCases() throws {
        let value = EdgeCases()
        #expect(text(try streamedJSON(value)) == text(try foundationJSON(value)))
    }

    @Test("the escapes and numbers are the ones JSONEncoder writes")
    func knownBytes() throws {
        #expect(text(try streamedJSON("</script> a/b \"q\" \\ \u{0}\u{1F}\u{7F}\u{8}\u{C}\n\r\t \u{2028} 👩🏽‍💻")) ==
            #""</script> a/b \"q\" \\ \u0000\u001f\#u{7F}\b\f\n\r\t \#u{2028} 👩🏽‍💻""#)
        #expect(text(try streamedJSON([3.0, 0.1, 1e21, 1.5e-7, -0.0, 9_007_199_254_740_992])) ==
            "[\n  3,\n  0.1,\n  1e+21,\n  1.5e-07,\n  -0,\n  9007199254740992\n]")
        #expect(text(try streamedJSON([[String]]())) == "[\n\n]")
        #expect(text(try streamedJSON(["k": [String: Int]()])) == "{\n  \"k\" : {\n\n  }\n}")
    }

    @Test("arrays written while they are encoded keep nested containers in place, even ones filled after they were opened")
    func liveArrays() throws {
        #expect(text(try streamedJSON(StreamedList())) == text(try foundationJSON(StreamedList())))
        #expect(text(try streamedJSON([[StreamedList()]])) == text(try foundationJSON([[StreamedList()]])))
    }

    @Test("an error caught by the encoding code after an element began still fails the encoding")
    func caughtErrorAfterBytes() {
        #expect(encodingError { try streamedJSON(Swallowing()) } ==
            EncodingFailure(message: "Unable to encode Double.nan directly in JSON.", path: ["Index 1", "weight"]))
    }

    @Test("top-level arrays and scalars match JSONEncoder")
    func topLevel() throws {
        #expect(try streamedJSON([Cell(label: "a", weight: 1)]) == foundationJSON([Cell(label: "a", weight: 1)]))
        #expect(try streamedJSON("a/b") == foundationJSON("a/b"))
        #expect(try streamedJSON(Optional<Int>.none) == foundationJSON(Optional<Int>.none))
    }

    @Test("NaN and infinity throw JSONEncoder's error, with the same coding path")
    func nonConformingFloats() {
        let values: [[String: [Double]]] = [["x": [1, .nan]], ["y": [.infinity]], ["z": [0, 0, -.infinity]]]
        for value in values {
            #expect(encodingError { try streamedJSON(value) } == encodingError { try foundationJSON(value) })
        }
        let keyed = Cell(label: "n", weight: .nan)
        #expect(encodingError { try streamedJSON([keyed]) } == encodingError { try foundationJSON([keyed]) })
        #expect(encodingError { try streamedJSON(Float.infinity) } == encodingError { try foundationJSON(Float.infinity) })
        #expect(encodingError { try streamedJSON([Cell(label: "ok", weight: 1)]) } == nil)
    }

    @Test("a value that encodes nothing, and nesting past JSONEncoder's limit, throw its errors")
    func refusedValues() throws {
        #expect(encodingError { try streamedJSON(Silent()) } == encodingError { try foundationJSON(Silent()) })
        #expect(encodingError { try streamedJSON(Silent()) }?.description == "Top-level Silent did not encode any values. at []")
        let tooDeep = Nest(depth: 600)
        #expect(encodingError { try streamedJSON(tooDeep) } == encodingError { try foundationJSON(tooDeep) })
        #expect(encodingError { try streamedJSON(tooDeep) } != nil)
        let deepest = Nest(depth: 510)
        #expect(try streamedJSON(deepest) == foundationJSON(deepest))
    }

    @Test("export writes the encoded packet and one final newline")
    func exportFile() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("packet.json")
        let diagnostics = try JSONExporter().export(SamplePackets.rich, to: file)
        #expect(diagnostics.isEmpty)
        #expect(try Data(contentsOf: file) == JSONExporter.encode(SamplePackets.rich) + Data("\n".utf8))
    }

    @Test("a file that cannot be created or written is named in the error, with the reason")
    func unwritable() throws {
        let folder = try TemporaryDirectory()
        let missing = folder.file("no-such-folder/packet.json")
        #expect(throws: DossierCoreError.cannotWrite(path: missing.path, reason: "No such file or directory")) {
            try JSONExporter().export(SamplePackets.rich, to: missing)
        }
        #expect(throws: DossierCoreError.cannotWrite(path: folder.url.path, reason: "Is a directory")) {
            try JSONExporter().export(SamplePackets.rich, to: folder.url)
        }
    }

    @Test("a disk that fills up while writing is reported for the file", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func diskFull() {
        #expect(throws: DossierCoreError.cannotWrite(path: "/dev/full", reason: "No space left on device")) {
            try JSONExporter().export(SamplePackets.rich, to: URL(fileURLWithPath: "/dev/full"))
        }
    }
}

// MARK: - Helpers

private func foundationJSON<T: Encodable>(_ value: T) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
}

private func streamedJSON<T: Encodable>(_ value: T) throws -> Data {
    try JSONOutput.collecting { try StreamingJSONEncoder.encode(value, to: $0) }
}

private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

/// What a reader of an `EncodingError` sees: its message and coding path.
private struct EncodingFailure: Equatable, CustomStringConvertible {
    var message: String
    var path: [String]
    var description: String { "\(message) at \(path)" }
}

private func encodingError(_ body: () throws -> Data) -> EncodingFailure? {
    do {
        _ = try body()
        return nil
    } catch EncodingError.invalidValue(_, let context) {
        return EncodingFailure(message: context.debugDescription, path: context.codingPath.map(\.stringValue))
    } catch {
        return EncodingFailure(message: "unexpected \(error)", path: [])
    }
}

// MARK: - Test-only models

private struct Cell: Codable, Equatable {
    var label: String
    var weight: Double
}

/// Encodes nothing at all: JSONEncoder writes `{}` inside a document and refuses it at the top.
private struct Silent: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

/// An object nested `depth` levels deep.
private struct Nest: Encodable {
    var depth: Int

    private enum Key: CodingKey { case inner }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        if depth > 1 { try container.encode(Nest(depth: depth - 1), forKey: .inner) }
    }
}

private enum Kind: String, Encodable { case first, second }

/// Uses every container operation: explicit nulls, nested and re-opened containers, a key encoded
/// twice, `superEncoder` in keyed and unkeyed containers.
private struct Containers: Encodable {
    private enum Key: String, CodingKey { case explicitNull, nested, list, again, zeta, Alpha }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeNil(forKey: .explicitNull)
        var nested = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
        try nested.encode(1.25, forKey: .zeta)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode(true)
        try list.encodeNil()
        var inner = list.nestedContainer(keyedBy: Key.self)
        try inner.encode("x", forKey: .Alpha)
        _ = list.nestedUnkeyedContainer()
        try "via super".encode(to: list.superEncoder())
        try list.encode("after")
        try container.encode("first", forKey: .again)
        try container.encode("second", forKey: .again)
        var reopened = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
        try reopened.encode("A", forKey: .Alpha)
        var sameContainer = encoder.container(keyedBy: Key.self)
        try sameContainer.encode(2, forKey: .zeta)
        try "super value".encode(to: container.superEncoder())
        try [1, 2].encode(to: container.superEncoder(forKey: .Alpha))
    }
}

/// An array filled through one unkeyed container: nested containers opened before later
/// elements, filled out of order, one still open when the array ends.
private struct StreamedList: Encodable {
    private enum Key: CodingKey { case name, flag }

    func encode(to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        try list.encode(1)
        var object = list.nestedContainer(keyedBy: Key.self)
        var inner = list.nestedUnkeyedContainer()
        try object.encode("filled after its sibling opened", forKey: .name)
        try inner.encode(2)
        try "via super".encode(to: list.superEncoder())
        try list.encode(Cell(label: "after", weight: 0.5))
        var again = encoder.unkeyedContainer()
        try again.encode([String]())
        var tail = list.nestedContainer(keyedBy: Key.self)
        try tail.encode(true, forKey: .flag)
    }
}

/// Catches the error of an element whose bytes had begun.
private struct Swallowing: Encodable {
    func encode(to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        try list.encode("fine")
        try? list.encode(Cell(label: "bad", weight: .nan))
        try list.encode("more")
    }
}

private class Base: Encodable {
    var baseValue = 1
}

private final class Derived: Base {
    var own = "derived"

    private enum Key: CodingKey { case own }

    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(own, forKey: .own)
        try super.encode(to: container.superEncoder())
    }
}

private struct EdgeCases: Encodable {
    var doubles: [Double] = [3.0, 0.1, 1e21, 1.5e-7, -0.0, 0, 9_007_199_254_740_992, 1e16, 1.2345678901234568e20,
                             .greatestFiniteMagnitude, .leastNonzeroMagnitude, -2.5, 1e-5, 100, 5_100]
    var float: Float = 0.1
    var tiny: Double = 2.5e-300
    var integers: [Int] = [0, -1, .min, .max]
    var unsigned: UInt64 = .max
    var small: Int8 = -128
    var controls = String(String.UnicodeScalarView((0...0x1F).map { Unicode.Scalar($0)! })) + "\u{7F}"
    var texts = ["\u{2028}\u{2029}", "👩‍👩‍👧 family 🇲🇱", "</script><script>alert(1)</script>", "a/b\\c\"d", "é or e\u{301}", "", "\r\n\t",
                 "مرحبا", "\u{FEFF}bom \u{FFFE}"]
    var absent: String?
    var present: String? = "here"
    var absentNumber: Double?
    var emptyArray: [String] = []
    var emptyObject: [String: Int] = [:]
    var emptyStruct = EmptyStruct()
    var silent = Silent()
    var grid: [[Cell]] = [[Cell(label: "a", weight: 1), Cell(label: "b/c", weight: -0.5)], [], [Cell(label: "", weight: 1e300)]]
    var dictionary: [String: Int] = ["b": 1, "B": 2, "a10": 3, "a9": 4, "é": 5, "z": 6, "_": 7, "": 8, "key \"q\"/\n": 9, "Z": 10,
                                     "ä": 11, "aa": 12, "a": 13, "😀": 14, "\u{1}": 15]
    var intKeyed: [Int: String] = [1: "one", 10: "ten", 2: "two", -1: "minus one"]
    var nestedDictionary: [String: [String: Bool]] = ["outer": ["yes": true, "no": false], "empty": [:]]
    var optionals: [Int?] = [1, nil, 3]
    var kinds: [Kind] = [.second, .first]
    var url = URL(string: "https://example.com/path/?q=1&r=/x#frag")!
    var data = Data([0, 1, 2, 250, 255])
    var decimal = Decimal(string: "12.50")!
    var date = Date(timeIntervalSinceReferenceDate: 1.5)
    var containers = Containers()
    var streamedList = StreamedList()
    var derived = Derived()
    var set: Set<String> = ["only"]

    struct EmptyStruct: Encodable {}
}
