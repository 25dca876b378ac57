import DossierCore
import Foundation
import Testing

@Suite("Exporter registry")
struct RegistryTests {
    private struct Plain: Exporter {
        var name: String
        var fileName: String { "\(name).txt" }
        var summary: String { "plain text" }
        func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
            try packet.title.write(to: file, atomically: false, encoding: .utf8)
            return []
        }
    }

    private var registry: ExporterRegistry {
        var registry = ExporterRegistry()
        registry.register(Plain(name: "markdown"))
        registry.register(.json)
        registry.register(Plain(name: "epub"))
        return registry
    }

    @Test("finds exporters by name, case-insensitively, in registration order")
    func lookup() throws {
        #expect(registry.names == ["markdown", "json", "epub"])
        #expect(try registry.exporter(named: "JSON").fileName == "packet.json")
    }

    @Test("a later registration under the same name replaces the earlier one")
    func replace() {
        var registry = registry
        registry.register(Plain(name: "json"))
        #expect(registry.names == ["markdown", "epub", "json"])
    }

    @Test("an unknown name lists the known ones and suggests the closest")
    func unknown() {
        #expect(throws: DossierCoreError.unknownFormat("mardown", known: ["markdown", "json", "epub"], suggestion: "markdown")) {
            try registry.exporter(named: "mardown")
        }
        let error = DossierCoreError.unknownFormat("pdf", known: ["markdown", "json"], suggestion: Suggestion.closest(to: "pdf", in: ["markdown", "json"]))
        #expect(error.description == "unknown format 'pdf'. Known formats: markdown, json.")
        #expect(DossierCoreError.unknownFormat("xls", known: ["xlsx"], suggestion: "xlsx").description
            == "unknown format 'xls'. Did you mean 'xlsx'? Known formats: xlsx.")
    }
}
