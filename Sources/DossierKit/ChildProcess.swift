import Foundation

/// Runs a program in its own process group with input on stdin and a time limit, capturing at most
/// `outputLimit` bytes of stdout and `stderrLimit` bytes of stderr (the rest is read and dropped, so
/// the program never blocks on a full pipe and never grows our memory).
///
/// When the program exits, or its time is up, the whole group is killed: a child it left behind can
/// neither outlive the build nor hold the pipes open and make us wait.
enum ChildProcess {
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        /// The program could not be started; the reason comes along.
        case notStarted(String)
    }

    struct Result {
        var ending: Ending
        var stdout: Data
        var stderr: Data
        /// Bytes read past the limits and dropped.
        var droppedStdout: Int
        var droppedStderr: Int
    }

    /// A child that exits without reading its stdin would otherwise kill us with SIGPIPE when we
    /// write to it; ignored, the write fails with EPIPE instead, and the child's exit status tells the story.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// How long the pipes are still read after the program exited and its group was killed: a
    /// grandchild that left the group may hold them open forever.
    private static let drainGrace: Duration = .milliseconds(500)
    /// How long a program may take to stop after SIGTERM before the group gets SIGKILL.
    private static let terminationGrace: Duration = .seconds(2)

    static func run(_ command: [String], input: Data, timeLimit: Duration,
                    outputLimit: Int = 1 << 20, stderrLimit: Int = 1 << 20) -> Result {
        ignoreBrokenPipes
        var pipes = Pipes()
        guard pipes.open() else {
            return Result(ending: .notStarted(String(cString: strerror(errno))), stdout: Data(), stderr: Data(), droppedStdout: 0, droppedStderr: 0)
        }
        defer { pipes.closeAll() }
        let spawned = spawn(command, pipes: pipes)
        pipes.closeChildEnds()
        let pid: pid_t
        switch spawned {
        case .success(let started): pid = started
        case .failure(let failure):
            return Result(ending: .notStarted(failure.reason), stdout: Data(), stderr: Data(), droppedStdout: 0, droppedStderr: 0)
        }

        Interruption.started(group: pid)
        defer { Interruption.finished(group: pid) }
        var stdout = Capture(limit: outputLimit), stderr = Capture(limit: stderrLimit)
        var written = 0
        if input.isEmpty { Pipes.close(&pipes.stdinWrite) }
        let clock = ContinuousClock()
        let deadline = clock.now + timeLimit
        var ending: Ending?
        var stopReading: ContinuousClock.Instant?
        var terminatedAt: ContinuousClock.Instant?

        while true {
            if ending == nil, let status = reap(pid) {
                ending = terminatedAt != nil ? .timedOut : status
                kill(-pid, SIGKILL)
                stopReading = clock.now + drainGrace
            }
            if ending == nil, terminatedAt == nil, clock.now >= deadline {
                kill(-pid, SIGTERM)
                terminatedAt = clock.now
            }
            if ending == nil, let terminatedAt, clock.now >= terminatedAt + terminationGrace {
                kill(-pid, SIGKILL)
            }
            if let stopReading, (pipes.stdout < 0 && pipes.stderr < 0) || clock.now >= stopReading { break }

            var fds: [pollfd] = []
            if pipes.stdinWrite >= 0 { fds.append(pollfd(fd: pipes.stdinWrite, events: Int16(POLLOUT), revents: 0)) }
            if pipes.stdout >= 0 { fds.append(pollfd(fd: pipes.stdout, events: Int16(POLLIN), revents: 0)) }
            if pipes.stderr >= 0 { fds.append(pollfd(fd: pipes.stderr, events: Int16(POLLIN), revents: 0)) }
            _ = poll(&fds, nfds_t(fds.count), 50)
            for entry in fds where entry.revents != 0 {
                if entry.fd == pipes.stdinWrite {
                    let next = feed(input, from: written, to: entry.fd)
                    written = next ?? input.count
                    if written >= input.count { Pipes.close(&pipes.stdinWrite) }
                } else if entry.fd == pipes.stdout {
                    if !stdout.read(from: entry.fd) { Pipes.close(&pipes.stdout) }
                } else if entry.fd == pipes.stderr {
                    if !stderr.read(from: entry.fd) { Pipes.close(&pipes.stderr) }
                }
            }
        }
        return Result(ending: ending ?? .timedOut, stdout: stdout.data, stderr: stderr.data,
                      droppedStdout: stdout.dropped, droppedStderr: stderr.dropped)
    }

    /// Starts the program as the leader of a new process group, with default signal handling.
    private static func spawn(_ command: [String], pipes: Pipes) -> Swift.Result<pid_t, SpawnFailure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipes.stdinRead, 0)
        posix_spawn_file_actions_adddup2(&actions, pipes.stdoutWrite, 1)
        posix_spawn_file_actions_adddup2(&actions, pipes.stderrWrite, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        // Ignored signals stay ignored across exec: the program gets the defaults back.
        for signal in [SIGPIPE, SIGINT, SIGTERM] { sigaddset(&defaults, signal) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var arguments: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let status = command[0].contains("/")
            ? posix_spawn(&pid, command[0], &actions, &attributes, &arguments, environ)
            : posix_spawnp(&pid, command[0], &actions, &attributes, &arguments, environ)
        guard status == 0 else { return .failure(SpawnFailure(reason: "cannot start \(command[0]): \(String(cString: strerror(status)))")) }
        return .success(pid)
    }

    private struct SpawnFailure: Error {
        var reason: String
    }

    /// The program's ending once it has exited, without blocking.
    private static func reap(_ pid: pid_t) -> Ending? {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }

    /// Writes what the pipe takes now and answers the new offset; nil once the reader is gone.
    private static func feed(_ input: Data, from offset: Int, to fd: Int32) -> Int? {
        let count = input.withUnsafeBytes { bytes in
            Glibc.write(fd, bytes.baseAddress! + offset, min(bytes.count - offset, 1 << 16))
        }
        if count < 0 { return errno == EAGAIN || errno == EINTR ? offset : nil }
        return offset + count
    }
}

/// The three pipes, parent ends non-blocking; -1 marks a closed end.
private struct Pipes {
    var stdinRead: Int32 = -1, stdinWrite: Int32 = -1
    var stdout: Int32 = -1, stdoutWrite: Int32 = -1
    var stderr: Int32 = -1, stderrWrite: Int32 = -1

    mutating func open() -> Bool {
        var a: [Int32] = [-1, -1], b: [Int32] = [-1, -1], c: [Int32] = [-1, -1]
        guard pipe(&a) == 0, pipe(&b) == 0, pipe(&c) == 0 else {
            for fd in a + b + c where fd >= 0 { Glibc.close(fd) }
            return false
        }
        (stdinRead, stdinWrite, stdout, stdoutWrite, stderr, stderrWrite) = (a[0], a[1], b[0], b[1], c[0], c[1])
        // Close-on-exec everywhere: the child gets only the copies dup2 puts on 0, 1 and 2.
        for fd in a + b + c { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        for fd in [stdinWrite, stdout, stderr] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        return true
    }

    mutating func closeChildEnds() {
        Self.close(&stdinRead)
        Self.close(&stdoutWrite)
        Self.close(&stderrWrite)
    }

    mutating func closeAll() {
        closeChildEnds()
        Self.close(&stdinWrite)
        Self.close(&stdout)
        Self.close(&stderr)
    }

    static func close(_ fd: inout Int32) {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }
}

/// What was read from one pipe, up to a limit.
private struct Capture {
    let limit: Int
    var data = Data()
    var dropped = 0

    /// Reads what is there; false at the end of the stream.
    mutating func read(from fd: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = Glibc.read(fd, &buffer, buffer.count)
        if count < 0 { return errno == EAGAIN || errno == EINTR }
        guard count > 0 else { return false }
        let kept = max(0, min(count, limit - data.count))
        data.append(contentsOf: buffer[..<kept])
        dropped += count - kept
        return true
    }
}
