import DossierCore
import Foundation
import TestSupport
import Testing

/// packet.json is a contract with outside exporters: the committed JSON Schema must accept every
/// packet Dossier writes, checked by a real validator (Python jsonschema).
@Suite("packet.json schema")
struct SchemaTests {
    static let schema = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/DossierCore/Schema/packet.schema.json")

    static func validate(_ packet: Packet) throws -> ProcessOutput {
        let folder = try TemporaryDirectory()
        let file = folder.file("packet.json")
        try JSONExporter.encode(packet).write(to: file)
        return try Validators.python("""
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)
            for e in errors: print(list(e.absolute_path), e.message)
            sys.exit(1 if errors else 0)
            """, arguments: [schema.path, file.path])
    }

    @Test("sample packets validate", arguments: [SamplePackets.rich, SamplePackets.hostile, SamplePackets.emptyAnalysis])
    func valid(packet: Packet) throws {
        let result = try Self.validate(packet)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("a packet with a key the schema does not know is refused, so the schema cannot fall behind the model")
    func strict() throws {
        var packet = SamplePackets.emptyAnalysis
        packet.articles[0].body = [.paragraph(Paragraph(id: "p1", text: "an id that breaks the pattern"))]
        let result = try Self.validate(packet)
        #expect(result.status == 1)
        #expect(result.stdout.contains("'p1' does not match"))
    }
}
