import Foundation

/// Writes the packet itself as `packet.json`: sorted keys, two-space indentation, no escaped slashes,
/// so that diffs between two packets are readable and reruns are byte-identical.
public struct JSONExporter: Exporter {
    public let name = "json"
    public let fileName = "packet.json"
    public let summary = "the whole packet model, for scripts and outside exporters"

    public init() {}

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        var data = try Self.encode(packet)
        data.append(0x0A)
        try data.write(to: file)
        return []
    }

    public static func encode(_ packet: Packet) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(packet)
    }

    /// Reads a packet back, checking that its schema version is one this build understands.
    public static func decode(_ data: Data, file: String) throws(DossierCoreError) -> Packet {
        do {
            let packet = try JSONDecoder().decode(Packet.self, from: data)
            guard packet.schemaVersion <= Packet.currentSchemaVersion else {
                throw DossierCoreError.unsupportedSchema(file: file, version: packet.schemaVersion)
            }
            return packet
        } catch let error as DossierCoreError {
            throw error
        } catch {
            throw .unreadablePacket(file: file, reason: String(describing: error))
        }
    }
}

extension Exporter where Self == JSONExporter {
    /// `packet.json`.
    public static var json: JSONExporter { JSONExporter() }
}
