/// What can go wrong while writing the HTML brief.
public enum HTMLError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "\(path): cannot write the HTML brief: \(reason); check that the folder exists and is writable"
        }
    }
}
