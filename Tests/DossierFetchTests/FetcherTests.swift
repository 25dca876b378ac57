import DossierCore
@testable import DossierFetch
import Foundation
import Testing
import TestSupport

@Suite("Fetching pages")
struct FetcherTests {
    @Test("a page comes back with its body, type and URL, asked for with Dossier's User-Agent")
    func plainPage() throws {
        let server = try LoopbackHTTPServer { _ in .text("Hello from the server\n") }
        defer { server.stop() }
        let response = try fetchOne(server.url("/story")).get()
        #expect(response.body == Data("Hello from the server\n".utf8))
        #expect(response.contentType == "text/plain; charset=utf-8")
        #expect(response.finalURL == server.url("/story"))
        #expect(response.status == 200)
        #expect(server.requests.map(\.headers["user-agent"]) == ["Dossier/\(DossierVersion.current) (briefing packet builder)"])
    }

    @Test("redirects are followed to the final URL")
    func redirects() throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/old": .redirect(to: "/moved", status: 301)
            case "/moved": .redirect(to: "/story")
            default: .text("The story\n")
            }
        }
        defer { server.stop() }
        let response = try fetchOne(server.url("/old")).get()
        #expect(response.requestedURL == server.url("/old"))
        #expect(response.finalURL == server.url("/story"))
        #expect(response.body == Data("The story\n".utf8))
    }

    @Test("more redirects than the limit fail, naming the limit")
    func redirectLimit() throws {
        let server = try LoopbackHTTPServer { request in
            let step = Int(request.path.dropFirst()) ?? 0
            return step < 10 ? .redirect(to: "/\(step + 1)") : .text("too far\n")
        }
        defer { server.stop() }
        let error = fetchOne(server.url("/0")).failure
        #expect(error == .tooManyRedirects(url: server.url("/0"), limit: 5))
        #expect(error?.description == "\(server.url("/0")): more than 5 redirects")
        #expect(server.requests.count == 6)
    }

    @Test("a redirect loop is named as one")
    func redirectLoop() throws {
        let server = try LoopbackHTTPServer { request in
            .redirect(to: request.path == "/ping" ? "/pong" : "/ping")
        }
        defer { server.stop() }
        #expect(fetchOne(server.url("/ping")).failure == .redirectLoop(url: server.url("/ping"), target: server.url("/ping")))
    }

    @Test("a redirect away from http(s) is refused, not followed")
    func redirectToFile() throws {
        let server = try LoopbackHTTPServer { _ in .redirect(to: "file:///etc/hostname") }
        defer { server.stop() }
        let error = fetchOne(server.url("/escape")).failure
        #expect(error == .unsupportedRedirect(url: server.url("/escape"), target: "file:///etc/hostname"))
        #expect(error?.reason == "redirected to file:///etc/hostname, which is not http or https")
    }

    @Test("a server slower than the timeout fails the fetch instead of hanging it")
    func slowServer() throws {
        let server = try LoopbackHTTPServer { _ in
            var response = LoopbackHTTPServer.Response.text("late\n")
            response.delay = 10
            return response
        }
        defer { server.stop() }
        let error = fetchOne(server.url("/slow")).failure
        #expect(error == .timedOut(url: server.url("/slow"), seconds: 1))
        #expect(error?.reason == "no complete answer within 1 s")
    }

    @Test("a server that trickles its body byte by byte is cut off at the timeout too")
    func tricklingServer() throws {
        let server = try LoopbackHTTPServer { _ in
            LoopbackHTTPServer.Response(headers: [("Content-Type", "text/plain")], body: Array(repeating: UInt8(ascii: "a"), count: 100),
                                        chunkSize: 1, pause: 0.2)
        }
        defer { server.stop() }
        #expect(fetchOne(server.url("/trickle")).failure == .timedOut(url: server.url("/trickle"), seconds: 1))
    }

    @Test("a body over the size limit fails, whether its length is declared or not", arguments: [false, true])
    func hugeBody(omitsLength: Bool) throws {
        let server = try LoopbackHTTPServer { _ in
            LoopbackHTTPServer.Response(headers: [("Content-Type", "text/plain")],
                                        body: Array(repeating: UInt8(ascii: "a"), count: 3 * 1_048_576), omitsLength: omitsLength)
        }
        defer { server.stop() }
        let error = fetchOne(server.url("/huge")).failure
        #expect(error == .tooLarge(url: server.url("/huge"), limit: 1_048_576))
        #expect(error?.reason == "the page is larger than 1 MB")
    }

    @Test("gzip and deflate bodies arrive decompressed", arguments: [("gzip", "article.txt.gz"), ("deflate", "article.txt.zlib")])
    func compressed(encoding: String, fixture: String) throws {
        let compressed = try bytes(fixture)
        let server = try LoopbackHTTPServer { _ in
            LoopbackHTTPServer.Response(headers: [("Content-Type", "text/plain"), ("Content-Encoding", encoding)], body: compressed)
        }
        defer { server.stop() }
        let response = try fetchOne(server.url("/article")).get()
        #expect(response.body == Data(try bytes("article.txt")))
    }

    @Test("an HTTP error status fails the fetch with the status", arguments: [404, 500])
    func httpError(status: Int) throws {
        let server = try LoopbackHTTPServer { _ in .text("no\n", status: status) }
        defer { server.stop() }
        let error = fetchOne(server.url("/missing")).failure
        #expect(error == .httpStatus(url: server.url("/missing"), status: status))
        #expect(error?.reason == (status == 404 ? "the server answered HTTP 404 (Not Found)" : "the server answered HTTP 500 (Internal Server Error)"))
    }

    @Test("a refused connection is reported, not thrown")
    func refused() throws {
        let server = try LoopbackHTTPServer { _ in .text("x\n") }
        let url = server.url("/gone")
        server.stop()
        Thread.sleep(forTimeInterval: 0.3) // the accept loop closes its socket within one poll interval
        guard case .unreachable(let failed, _)? = fetchOne(url).failure else {
            Issue.record("expected an unreachable error")
            return
        }
        #expect(failed == url)
    }

    @Test("what is not an http(s) URL is refused before any connection", arguments: ["https://", "ftp://127.0.0.1/a", "http:///path"])
    func invalidURL(url: String) {
        #expect(fetchOne(url).failure == .invalidURL(url: url))
    }

    @Test("several pages are fetched at once, never more than the policy allows, and come back in order")
    func boundedConcurrency() throws {
        let counter = InFlightCounter()
        let server = try LoopbackHTTPServer { request in
            counter.enter()
            defer { counter.leave() }
            Thread.sleep(forTimeInterval: 0.2)
            return .text("page \(request.path)\n")
        }
        defer { server.stop() }
        let urls = (1...9).map { server.url("/\($0)") }
        let policy = FetchPolicy(timeout: 10, concurrentFetches: 3)
        let bodies = PageFetcher(policy: policy).fetch(urls).map { try? $0.get().body }
        #expect(bodies == (1...9).map { Data("page /\($0)\n".utf8) })
        #expect(counter.maximum <= 3)
        #expect(server.requests.count == 9)
    }
}

/// The largest number of requests the server was answering at the same moment.
final class InFlightCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var peak = 0

    func enter() { lock.withLock { current += 1; peak = max(peak, current) } }
    func leave() { lock.withLock { current -= 1 } }
    var maximum: Int { lock.withLock { peak } }
}
