import DossierCore
import Foundation
import TestSupport
import Testing

@Suite("packet.json")
struct PacketJSONTests {
    @Test("every sample packet decodes back to an equal packet", arguments: [SamplePackets.rich, SamplePackets.hostile, SamplePackets.emptyAnalysis])
    func roundTrip(packet: Packet) throws {
        let data = try JSONExporter.encode(packet)
        #expect(try JSONExporter.decode(data, file: "packet.json") == packet)
    }

    @Test("articles carry the keys the analysis scorer reads")
    func scorerKeys() throws {
        let data = try JSONExporter.encode(SamplePackets.rich)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == Packet.currentSchemaVersion)
        let article = try #require((json["articles"] as? [[String: Any]])?.last)
        #expect(article["titleInferred"] as? Bool == true)
        #expect(article["byline"] as? String == "Rodney N.")
        let paragraphs = try #require(article["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.map { $0["id"] as? String } == ["a2-p1", "a2-p2"])
        #expect((paragraphs[0]["text"] as? String)?.hasPrefix("“We have nothing") == true)
        let quote = try #require((json["quotes"] as? [[String: Any]])?.first)
        #expect(quote["speaker"] as? String == "e-sergey-lavrov")
        #expect(quote["paragraph"] as? String == "a1-p2")
    }

    @Test("a packet from a newer Dossier is refused with a message saying so")
    func newerSchema() throws {
        var packet = SamplePackets.emptyAnalysis
        packet.schemaVersion = Packet.currentSchemaVersion + 1
        #expect(throws: DossierCoreError.unsupportedSchema(file: "x.json", version: packet.schemaVersion)) {
            try JSONExporter.decode(try JSONExporter.encode(packet), file: "x.json")
        }
    }

    @Test("text that is not a packet names the file")
    func garbage() {
        #expect {
            try JSONExporter.decode(Data("{\"title\": 1}".utf8), file: "bad.json")
        } throws: { error in
            (error as? DossierCoreError)?.description.hasPrefix("bad.json: not a Dossier packet:") == true
        }
    }
}
