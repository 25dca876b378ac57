import DossierCore
import Foundation
import TestSupport
import Testing

@Suite("Support")
struct SupportTests {
    @Test("atomic writes replace a file whole, and a failed write keeps the old one and leaves no temporary")
    func atomicFile() throws {
        let folder = try TemporaryDirectory()
        let target = folder.file("brief.md")
        try AtomicFile.write(to: target) { try "first".write(to: $0, atomically: false, encoding: .utf8) }
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: target) { url in
                try "half".write(to: url, atomically: false, encoding: .utf8)
                throw Boom()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["brief.md"])
    }

    @Test("stable UUIDs depend only on their parts")
    func stableUUID() {
        let uuid = StableHash.uuid(of: ["Sahel briefing", "a1"])
        #expect(uuid == StableHash.uuid(of: ["Sahel briefing", "a1"]))
        #expect(uuid != StableHash.uuid(of: ["Sahel briefing", "a2"]))
        #expect(StableHash.uuid(of: ["ab", "c"]) != StableHash.uuid(of: ["a", "bc"]))
        #expect(uuid.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil)
    }

    @Test("control characters that XML forbids are removed and counted; tab, LF, CR stay")
    func controlCharacters() {
        let (text, removed) = ControlCharacters.strip("a\u{0}b\u{7}c\td\ne\r\u{FFFE}")
        #expect(text == "abc\td\ne\r")
        #expect(removed == 3)
    }

    @Test("suggestions catch typos and prefixes, not unrelated words")
    func suggestions() {
        #expect(Suggestion.closest(to: "epbu", in: ["markdown", "epub"]) == "epub")
        #expect(Suggestion.closest(to: "mark", in: ["markdown", "epub"]) == "markdown")
        #expect(Suggestion.closest(to: "docx", in: ["markdown", "xlsx", "epub", "json"]) == nil)
    }
}
