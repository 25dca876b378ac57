@testable import DossierFetch
import Foundation
import Testing
import TestSupport

@Suite("Fetch cache")
struct CacheTests {
    private func response(_ body: [UInt8], type: String?, url: String = "https://news.example/story?id=7") -> FetchedResponse {
        FetchedResponse(requestedURL: url, finalURL: url + "&final", status: 200, contentType: type, body: Data(body))
    }

    @Test("the body file's extension follows the content type",
          arguments: [("text/html; charset=utf-8", "html"), ("application/xhtml+xml", "xhtml"), ("text/plain", "txt"),
                      ("text/markdown", "md"), ("application/rss+xml", "xml"), ("application/atom+xml", "xml"),
                      ("text/xml", "xml"), ("application/feed+json", "json"), ("application/json", "json")])
    func extensionFollowsType(type: String, fileExtension: String) throws {
        let folder = try TemporaryDirectory()
        let page = try FetchCache(directory: folder.url.path).store(response(Array("body".utf8), type: type))
        #expect((page.file as NSString).pathExtension == fileExtension)
    }

    @Test("without a content type, the first bytes decide",
          arguments: [("<?xml version=\"1.0\"?><rss/>", "xml"), ("  <!doctype html><p>x", "html"), ("{\"items\": []}", "json"), ("Plain words", "txt")])
    func sniffed(body: String, fileExtension: String) throws {
        let folder = try TemporaryDirectory()
        let page = try FetchCache(directory: folder.url.path).store(response(Array(body.utf8), type: nil))
        #expect((page.file as NSString).pathExtension == fileExtension)
    }

    @Test("an entry is the body file and a metadata file with the final URL, type and status; lookup finds it")
    func entry() throws {
        let folder = try TemporaryDirectory()
        let cache = FetchCache(directory: folder.url.path)
        let stored = try cache.store(response(Array("The story\n".utf8), type: "text/plain"))
        let key = cache.key(for: "https://news.example/story?id=7")
        #expect(key.hasPrefix("news.example-"))
        #expect(stored.file == folder.url.path + "/\(key).txt")
        #expect(try Data(contentsOf: URL(fileURLWithPath: stored.file)) == Data("The story\n".utf8))
        let metadata = try String(contentsOf: folder.file("\(key).meta.json"), encoding: .utf8)
        #expect(metadata == """
        {
          "body" : "\(key).txt",
          "contentType" : "text/plain",
          "finalURL" : "https://news.example/story?id=7&final",
          "status" : 200,
          "url" : "https://news.example/story?id=7"
        }
        """)
        #expect(cache.lookup("https://news.example/story?id=7") == stored)
        #expect(cache.lookup("https://news.example/story?id=8") == nil)
    }

    @Test("an entry with unreadable metadata or without its body is a miss, so the page is fetched again")
    func damagedEntry() throws {
        let folder = try TemporaryDirectory()
        let cache = FetchCache(directory: folder.url.path)
        let first = try cache.store(response(Array("The story\n".utf8), type: "text/plain", url: "https://news.example/a"))
        let second = try cache.store(response(Array("Another\n".utf8), type: "text/plain", url: "https://news.example/b"))
        try Data("{not json".utf8).write(to: folder.file("\(cache.key(for: first.url)).meta.json"))
        try FileManager.default.removeItem(atPath: second.file)
        #expect(cache.lookup(first.url) == nil)
        #expect(cache.lookup(second.url) == nil)
    }

    @Test("a type that is not an article is refused, naming the type")
    func unsupportedType() throws {
        let folder = try TemporaryDirectory()
        #expect(throws: FetchError.unsupportedContentType(url: "https://news.example/story?id=7", contentType: "image/png")) {
            try FetchCache(directory: folder.url.path).store(response([0x89, 0x50], type: "image/png"))
        }
    }

    @Test("text in a declared single-byte charset is stored as UTF-8 with a BOM")
    func declaredLatin1() throws {
        let folder = try TemporaryDirectory()
        let cache = FetchCache(directory: folder.url.path)
        let page = try cache.store(response(try bytes("latin1.txt"), type: "text/plain; charset=ISO-8859-1"))
        let stored = try Data(contentsOf: URL(fileURLWithPath: page.file))
        #expect(Array(stored.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(data: stored.dropFirst(3), encoding: .utf8)
            == "Café society in Bamako\n\nThe cafés of Bamako were full on Monday, said Renée Diallo.\n")
        #expect(try String(contentsOf: folder.file("\(cache.key(for: page.url)).meta.json"), encoding: .utf8)
            .contains("\"transcodedFrom\" : \"iso-8859-1\""))
    }

    @Test("bytes that contradict their charset are stored as received, for the reader to report",
          arguments: [("latin1.txt", "text/plain; charset=utf-8"), ("article.txt", "text/plain; charset=iso-8859-1"),
                      ("latin1.txt", "text/plain; charset=x-unknown")])
    func contradictedCharset(fixture: String, type: String) throws {
        let folder = try TemporaryDirectory()
        let body = try bytes(fixture)
        let page = try FetchCache(directory: folder.url.path).store(response(body, type: type))
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: page.file))) == body)
    }

    @Test("pages in the cache are not fetched again; only successes are cached")
    func rebuildUsesCache() throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/missing" ? .text("no\n", status: 404) : .text("The story\n")
        }
        defer { server.stop() }
        let folder = try TemporaryDirectory()
        let web = WebInputs(cache: FetchCache(directory: folder.url.path), policy: testPolicy)
        let urls = [server.url("/story"), server.url("/missing"), server.url("/story")]
        let first = web.pages(for: urls)
        #expect(server.requests.map(\.path).sorted() == ["/missing", "/story"])
        let second = web.pages(for: urls)
        #expect(server.requests.map(\.path).sorted() == ["/missing", "/missing", "/story"])
        #expect((try? first[0].get()) == (try? second[0].get()))
        #expect(second[1].failure == .httpStatus(url: server.url("/missing"), status: 404))
        #expect((try? second[2].get()) == (try? second[0].get()))
    }

    @Test("offline, a cached page is read and a page not cached fails with a clear reason")
    func offline() throws {
        let server = try LoopbackHTTPServer { _ in .text("The story\n") }
        let folder = try TemporaryDirectory()
        let cache = FetchCache(directory: folder.url.path)
        let cached = try WebInputs(cache: cache, policy: testPolicy).pages(for: [server.url("/story")])[0].get()
        server.stop()
        let requests = server.requests.count
        let pages = WebInputs(cache: cache, offline: true, policy: testPolicy).pages(for: [server.url("/story"), server.url("/other")])
        #expect(try pages[0].get() == cached)
        let error = pages[1].failure
        #expect(error == .notCached(url: server.url("/other")))
        #expect(error?.description == "\(server.url("/other")): not in the fetch cache, and --offline forbids fetching it; build once without --offline")
        #expect(server.requests.count == requests)
    }
}
