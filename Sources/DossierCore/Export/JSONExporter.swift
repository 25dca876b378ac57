import Foundation

/// Writes the packet itself as `packet.json`: sorted keys, two-space indentation, no escaped slashes,
/// so that diffs between two packets are readable and reruns are byte-identical.
public struct JSONExporter: Exporter {
    public let name = "json"
    public let fileName = "packet.json"
    public let summary = "the whole packet model, for scripts and outside exporters"

    public init() {}

    /// Streams the packet into `file` through a small buffer: memory does not grow with the packet.
    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        try JSONOutput.writing(to: file) { output in
            try StreamingJSONEncoder.encode(packet, to: output)
            try output.write("\n")
        }
        return []
    }

    /// The same bytes as `packet.json` without its final newline.
    public static func encode(_ packet: Packet) throws -> Data {
        try JSONOutput.collecting { try StreamingJSONEncoder.encode(packet, to: $0) }
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
