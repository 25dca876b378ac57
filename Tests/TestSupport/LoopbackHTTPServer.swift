import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: a port of its own, one thread per connection,
/// `Connection: close` on every answer. It stops by itself after `maximumRequests` requests or
/// `lifetime` seconds, and when told to ``stop()``.
public final class LoopbackHTTPServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var path: String
        /// Header names lowercased.
        public var headers: [String: String]
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Seconds to wait before answering.
        public var delay: Double
        /// Sends no Content-Length: the body ends when the connection closes.
        public var omitsLength: Bool
        /// The body is sent in pieces of this many bytes…
        public var chunkSize: Int
        /// …with this many seconds between them: a server that trickles.
        public var pause: Double

        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = [], delay: Double = 0,
                    omitsLength: Bool = false, chunkSize: Int = 65_536, pause: Double = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.omitsLength = omitsLength
            self.chunkSize = chunkSize
            self.pause = pause
        }

        public static func text(_ text: String, type: String = "text/plain; charset=utf-8", status: Int = 200) -> Response {
            Response(status: status, headers: [("Content-Type", type)], body: Array(text.utf8))
        }

        public static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    public let port: Int
    private let listener: Int32
    private let handler: @Sendable (Request) -> Response
    private let lock = NSLock()
    private var stopped = false
    private var received: [Request] = []

    public init(maximumRequests: Int = 200, lifetime: Double = 60, handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServerError(message: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && listen(descriptor, 16) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw ServerError(message: "cannot listen on 127.0.0.1")
        }
        listener = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
        let deadline = Date().addingTimeInterval(lifetime)
        Thread { [self] in acceptLoop(maximumRequests: maximumRequests, deadline: deadline) }.start()
    }

    /// `http://127.0.0.1:PORT/path`
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path.hasPrefix("/") ? "" : "/")\(path)" }

    /// The requests answered so far, in the order they arrived.
    public var requests: [Request] { lock.withLock { received } }

    public func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop(maximumRequests: Int, deadline: Date) {
        defer { close(listener) }
        var accepted = 0
        while !isStopped, accepted < maximumRequests, Date() < deadline {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            accepted += 1
            Thread { [self] in serve(connection) }.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(connection) else { return }
        lock.withLock { received.append(request) }
        let response = handler(request)
        wait(response.delay)
        var head = "HTTP/1.1 \(response.status) \(response.status < 400 ? "OK" : "Error")\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if !response.omitsLength { head += "Content-Length: \(response.body.count)\r\n" }
        head += "\r\n"
        guard send(connection, Array(head.utf8)) else { return }
        var offset = 0
        while offset < response.body.count, !isStopped {
            if offset > 0 { wait(response.pause) }
            let end = min(offset + response.chunkSize, response.body.count)
            guard send(connection, Array(response.body[offset..<end])) else { return }
            offset = end
        }
    }

    /// Waits in small steps so that a stopped server lets go of a slow answer at once.
    private func wait(_ seconds: Double) {
        var waited = 0.0
        while waited < seconds, !isStopped {
            usleep(50_000)
            waited += 0.05
        }
    }

    private func readRequest(_ connection: Int32) -> Request? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !bytes.ends(with: Array("\r\n\r\n".utf8)), bytes.count < 65_536 {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            bytes += buffer[0..<count]
        }
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(path: String(requestLine[1]), headers: headers)
    }

    private func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { "loopback server: \(message)" }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
