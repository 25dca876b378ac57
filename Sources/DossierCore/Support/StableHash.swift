/// FNV-1a over UTF-8: a fast hash that is the same on every machine and run (unlike `Hasher`),
/// for IDs that must survive rebuilds.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        value ^= 0xFF // separates "ab"+"c" from "a"+"bc"
        value &*= 0x0000_0100_0000_01B3
    }

    /// A UUID-shaped string from two independent hashes of the same parts (version 8, RFC 9562 variant).
    public static func uuid(of parts: [String]) -> String {
        var first = StableHash(), second = StableHash()
        second.combine("dossier-uuid")
        for part in parts {
            first.combine(part)
            second.combine(part)
        }
        let high = (first.value & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_8000
        let low = (second.value & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = hexDigits(high, 16) + hexDigits(low, 16)
        let chars = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }

    private static func hexDigits(_ value: UInt64, _ width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: width - digits.count) + digits
    }
}
