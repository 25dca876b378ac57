import Foundation

/// Substring search over UTF-8 bytes with libc's `memchr` and `memcmp`. The reading rules ask hundreds of such
/// questions of every line, and the EPUB looks for every quote in its paragraph; Foundation's `range(of:)`
/// goes through NSString and the standard library's generic `firstRange(of:)` is not specialised, both
/// many times slower.
package enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `haystack`, or nil.
    package static func firstOffset(of needle: String, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
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

    /// The range of the first occurrence of `needle`'s bytes in `text`, or nil.
    package static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable { firstOffset(of: needle, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { firstOffset(of: needle, in: $0) }
        guard let offset = found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}
