import Foundation

/// Messages for people go to stderr, so stdout stays clean for pipes.
enum Terminal {
    static var stderrIsTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) == 1 }

    /// Runs `cleanUp` on SIGINT or SIGTERM, then dies of the signal as if it had not been caught.
    private static let signalQueue = DispatchQueue(label: "dossier.signals")

    static func onInterruption(_ cleanUp: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            // A queue of its own: its thread is not one of the pool's, which the exporters may all hold.
            let source = DispatchSource.makeSignalSource(signal: number, queue: signalQueue)
            source.setEventHandler {
                cleanUp()
                signal(number, SIG_DFL)
                // The signal may be blocked (libdispatch's threads block it; a parent may have too):
                // unblocked here, it ends the process with the usual status.
                var only = sigset_t()
                sigemptyset(&only)
                sigaddset(&only, number)
                pthread_sigmask(SIG_UNBLOCK, &only, nil)
                raise(number)
                _exit(128 + number)
            }
            source.resume()
            return source
        }
    }

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
