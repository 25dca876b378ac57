/// What stops a benchmark run, naming the file and the reason.
public enum BenchError: Error, CustomStringConvertible {
    case corpus(path: String, reason: String)
    case usage(String)

    public var description: String {
        switch self {
        case .corpus(let path, let reason): "\(path): cannot make the benchmark corpus: \(reason)"
        case .usage(let message): message
        }
    }
}
