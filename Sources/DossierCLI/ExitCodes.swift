import ArgumentParser
import DossierAssembly
import DossierCore
import DossierKit

/// The exit codes the README documents (sysexits.h where one fits).
enum ExitCodes {
    static let partial = ExitCode(1)
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
    static let writeFailed = ExitCode(74)
    static let busy = ExitCode(75)

    static func code(for error: DossierKitError) -> ExitCode {
        switch error {
        case .core(.unknownFormat), .core(.invalidDate), .core(.invalidSourceDateEpoch), .manifest, .noInputs, .urlList: usage
        case .core: dataError
        case .assembly(.missingInput), .missingURLList, .missingFile: noInput
        case .assembly(.nothingUsable(let errors)) where errors.allSatisfy({ if case .missingInput = $0 { true } else { false } }): noInput
        case .assembly: dataError
        case .outputIsFile, .cannotCreateOutput: cannotCreate
        case .allFormatsFailed, .outsideExporterFailed: writeFailed
        case .outputLocked: busy
        }
    }
}
