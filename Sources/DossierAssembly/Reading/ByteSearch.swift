import Foundation

/// Substring search over UTF-8 bytes with libc's `memchr` and `memcmp`. The reading rules ask hundreds of such
/// questions of every line; Foundation's `range(of:)` goes through NSString and the standard library's
/// generic `firstRange(of:)` is not specialised, both many times slower.
enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `haystack`, or nil.
    static func firstOffset(of needle: String, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return 0 }
            guard let base = haystack.baseAddress, pattern.count <= haystack.count else { return nil }
            // memchr jumps to each candidate first byte; memcmp checks the rest.
            let lastStart = haystack.count - pattern.count
            var start = 0
            while start <= lastStart {
                guard let hit = memchr(base + start, Int32(first), lastStart - start + 1) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 { return offset }
                start = offset + 1
            }
            return nil
        }
    }

    /// The byte offset of the first occurrence of `needle` in `text`, or nil.
    static func firstOffset(of needle: String, in text: String) -> Int? {
        var text = text
        return text.withUTF8 { firstOffset(of: needle, in: $0) }
    }
}
