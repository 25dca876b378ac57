import Foundation

/// Messages for people go to stderr, so stdout stays clean for pipes.
enum Terminal {
    static var stderrIsTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) == 1 }

    static func error(_ message: String) {
        printToStderr("dossier: error: \(message)")
    }

    static func printToStderr(_ line: String) {
        writeToStderr(line + "\n")
    }

    static func writeToStderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
