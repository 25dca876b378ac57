import DossierCore
import Foundation

extension PacketDate {
    /// The date a build uses: `--date` if given, else `SOURCE_DATE_EPOCH`, else today (UTC).
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               now: Date = Date()) throws(DossierCoreError) -> PacketDate {
        if let option {
            guard let date = PacketDate(option) else { throw .invalidDate(option) }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            // Years 1970 to 9999: what YYYY-MM-DD, EPUB and XLSX dates can hold.
            guard let seconds = Int64(epoch.trimmingCharacters(in: .whitespaces)), (0...253_402_300_799).contains(seconds) else {
                throw .invalidSourceDateEpoch(epoch)
            }
            return PacketDate(secondsSince1970: seconds)
        }
        return PacketDate(secondsSince1970: Int64(now.timeIntervalSince1970))
    }
}
