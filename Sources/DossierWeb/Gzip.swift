import CLibxml2

/// Inflates gzip data with zlib, stopping at `limit` bytes of output, so a small file that expands to
/// gigabytes (a zip bomb) is refused instead of filling memory.
enum Gzip {
    private enum Outcome { case done, tooLarge, damaged }

    static func inflate(_ compressed: [UInt8], limit: Int, path: String) throws(WebReadingError) -> [UInt8] {
        var stream = z_stream()
        // 16 + 15 window bits: a gzip header, the largest window.
        guard inflateInit2_(&stream, 31, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .badCompression(path: path, reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = compressed
        let outcome: Outcome = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    return CLibxml2.inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[..<(chunk.count - Int(stream.avail_out))])
                if output.count > limit { return .tooLarge }
                switch status {
                case Z_STREAM_END: return .done
                case Z_OK where stream.avail_in > 0 || stream.avail_out == 0: continue
                default: return .damaged
                }
            }
        }
        switch outcome {
        case .done: return output
        case .tooLarge: throw .badCompression(path: path, reason: "it inflates past \(limit >> 20) MB (a zip bomb?)")
        case .damaged: throw .badCompression(path: path, reason: "the gzip data is damaged or truncated")
        }
    }
}
