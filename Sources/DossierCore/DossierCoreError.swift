/// What can go wrong in DossierCore, with a message a user can act on.
public enum DossierCoreError: Error, Equatable, CustomStringConvertible {
    case unknownFormat(String, known: [String], suggestion: String?)
    case cannotWrite(path: String, reason: String)
    case unreadablePacket(file: String, reason: String)
    case unsupportedSchema(file: String, version: Int)
    case invalidDate(String)
    case invalidSourceDateEpoch(String)

    public var description: String {
        switch self {
        case .unknownFormat(let name, let known, let suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
            return "unknown format '\(name)'.\(hint) Known formats: \(known.joined(separator: ", "))."
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        case .unreadablePacket(let file, let reason):
            return "\(file): not a Dossier packet: \(reason)"
        case .unsupportedSchema(let file, let version):
            return "\(file): packet schema version \(version) is newer than this Dossier understands (\(Packet.currentSchemaVersion)); update Dossier"
        case .invalidSourceDateEpoch(let text):
            return "invalid SOURCE_DATE_EPOCH '\(text)': expected whole seconds since 1970-01-01 up to the year 9999, e.g. 1632614400"
        case .invalidDate(let text):
            return "invalid date '\(text)': expected YYYY-MM-DD, e.g. 2021-09-25"
        }
    }
}
