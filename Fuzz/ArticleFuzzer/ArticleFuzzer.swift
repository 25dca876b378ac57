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
/// libFuzzer's driver. SwiftPM names an executable's entry point after its module, so the fuzzer
/// cannot bring its own `main`: ours hands control to the driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
enum ArticleFuzzer {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in
            ArticleFuzzCase.run(data.map { Data(bytes: $0, count: size) } ?? Data())
            return 0
        })
    }
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
