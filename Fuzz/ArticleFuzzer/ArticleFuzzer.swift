import DossierAssembly
import DossierCore
import Foundation

/// One fuzz case: bytes read as an article file (`.md` when the input's length is odd, else `.txt`), the
/// whole analysis, then the packet encoded as JSON, which must parse back. A rejected article is fine;
/// a crash, a hang or invalid JSON is a bug.
enum ArticleFuzzCase {
    static let assembler = PacketAssembler(options: AssemblyOptions(date: PacketDate(year: 2021, month: 9, day: 26)!))

    static func run(_ bytes: Data) {
        let path = bytes.count % 2 == 1 ? "fuzz.md" : "fuzz.txt"
        guard let packet = try? assembler.assemble(bytes: bytes, path: path) else { return }
        let json: Data
        do {
            json = try JSONExporter.encode(packet)
        } catch {
            fatalError("packet JSON could not be encoded: \(error)")
        }
        guard (try? JSONSerialization.jsonObject(with: json)) != nil else { fatalError("packet JSON does not parse") }
    }
}

#if FUZZING
/// libFuzzer's entry point (scripts/fuzz builds with -sanitize=fuzzer and -DFUZZING).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ArticleFuzzCase.run(Data(bytes: data, count: size))
    return 0
}
#else
/// Without libFuzzer: replays the files given (a crash the fuzzer saved, a corpus), one case each.
@main
enum ArticleFuzzReplay {
    static func main() throws {
        for file in CommandLine.arguments.dropFirst() {
            ArticleFuzzCase.run(try Data(contentsOf: URL(fileURLWithPath: file)))
        }
    }
}
#endif
