import Foundation
import TestSupport
import Testing

/// `dossier build` with URLs, against a server on 127.0.0.1 that the test starts and stops.
@Suite("URL inputs")
struct URLInputTests {
    private static let story = """
    Mali's junta weighs Wagner deal

    BAMAKO (Reuters) - Mali's transitional government is close to a deal with the Russian private military company Wagner, several diplomatic sources said on Monday.

    The deal would bring about 1,000 contractors to the country, two of the sources said.

    """

    private static let reply = """
    France warns Mali over mercenaries

    PARIS (AFP) - France's foreign minister Jean-Yves Le Drian said on Tuesday that a deal with Wagner would be incompatible with France's presence in Mali.

    "It would be incompatible with our presence," Le Drian told lawmakers.

    """

    private static func server() throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            switch request.path {
            case "/story": .text(story)
            case "/old-reply": .redirect(to: "/reply", status: 301)
            case "/reply": .text(reply)
            default: .text("gone\n", status: 404)
            }
        }
    }

    private static func articles(in packet: URL) throws -> [[String: String]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: packet)) as? [String: Any]
        return (json?["articles"] as? [[String: Any]] ?? []).map { $0.compactMapValues { $0 as? String } }
    }

    @Test("URLs from the command line and --urls become articles named as given, with the final URL; a rebuild from the cache is the same")
    func fetchThenRebuildOffline() throws {
        let server = try Self.server()
        let folder = try TemporaryDirectory()
        try "# links for the briefing\n\n\(server.url("/old-reply"))\n".write(to: folder.file("links.txt"), atomically: true, encoding: .utf8)
        let arguments = ["build", server.url("/story"), "--urls", "links.txt", "-f", "json", "-o", "out/packet", "--date", "2021-09-26", "--quiet"]
        let first = try DossierCommand.run(arguments, in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        server.stop()
        #expect(server.requests.map(\.path).sorted() == ["/old-reply", "/reply", "/story"])
        let articles = try Self.articles(in: folder.file("out/packet/packet.json"))
        // In canonical order, by the URL as given, whatever the order they were given in.
        #expect(articles.map { $0["source"] } == [server.url("/old-reply"), server.url("/story")])
        #expect(articles.map { $0["url"] } == [server.url("/reply"), server.url("/story")])
        #expect(articles.map { $0["title"] } == ["France warns Mali over mercenaries", "Mali's junta weighs Wagner deal"])
        let cached = try FileManager.default.contentsOfDirectory(atPath: folder.file("out/.dossier-cache").path)
        #expect(cached.filter { $0.hasSuffix(".txt") }.count == 2)
        #expect(cached.filter { $0.hasSuffix(".meta.json") }.count == 2)

        let written = try Data(contentsOf: folder.file("out/packet/packet.json"))
        try FileManager.default.removeItem(at: folder.file("out/packet"))
        let offline = try DossierCommand.run(arguments + ["--offline"], in: folder.url)
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(try Data(contentsOf: folder.file("out/packet/packet.json")) == written)

        // The server is gone: without --offline too, the rebuild takes everything from the cache.
        let again = try DossierCommand.run(arguments, in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: folder.file("out/packet/packet.json")) == written)
    }

    @Test("a failing URL is a skipped article: exit 1 and one line naming the URL and the reason")
    func failingURL() throws {
        let server = try Self.server()
        defer { server.stop() }
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["build", server.url("/story"), server.url("/missing"), "-f", "json", "--cache", "fetched",
                                             "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 1)
        let missing = server.url("/missing")
        #expect(result.stderr == "\(missing): error: skipped: \(missing): cannot read: the server answered HTTP 404 (Not Found)\n")
        #expect(try Self.articles(in: folder.file("packet/packet.json")).map { $0["source"] } == [server.url("/story")])
        #expect(FileManager.default.fileExists(atPath: folder.file("fetched").path))
    }

    @Test("a page in a declared Latin-1 charset reads as its text; bytes that contradict a declared UTF-8 are reported, naming the URL")
    func charsets() throws {
        let latin1 = Array("Café owners of Bamako speak out\n\nThe cafés of Bamako were full on Monday, Renée Diallo said in an interview.\n"
            .data(using: .isoLatin1)!)
        let server = try LoopbackHTTPServer { request in
            LoopbackHTTPServer.Response(headers: [("Content-Type", "text/plain; charset=\(request.path == "/declared" ? "iso-8859-1" : "utf-8")")],
                                        body: latin1)
        }
        defer { server.stop() }
        let folder = try TemporaryDirectory()
        let result = try DossierCommand.run(["build", server.url("/declared"), server.url("/mislabelled"), "-f", "json",
                                             "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 1)
        let mislabelled = server.url("/mislabelled")
        #expect(result.stderr == "\(mislabelled): error: skipped: \(mislabelled): cannot read: not valid UTF-8 (first bad byte at offset 3); save it as UTF-8\n")
        #expect(try Self.articles(in: folder.file("packet/packet.json")).map { $0["title"] } == ["Café owners of Bamako speak out"])
    }

    @Test("offline with nothing cached, no article is usable: exit 65 naming the URL")
    func offlineWithoutCache() throws {
        let folder = try TemporaryDirectory()
        // Nothing listens here: offline, nothing may be asked of it.
        let url = "http://127.0.0.1:9/story"
        let result = try DossierCommand.run(["build", url, "--offline", "--date", "2021-09-26", "--quiet"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr == "dossier: error: \(url): cannot read: not in the fetch cache, and --offline forbids fetching it; build once without --offline\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("packet").path))
    }

    @Test("a --urls line that is not a URL is a usage error naming the file and line")
    func badURLList() throws {
        let folder = try TemporaryDirectory()
        try "# links\nhttps://news.example/a\nnews.example/b\n".write(to: folder.file("links.txt"), atomically: true, encoding: .utf8)
        let result = try DossierCommand.run(["build", "--urls", "links.txt", "--offline", "--date", "2021-09-26"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr == "dossier: error: links.txt:3: 'news.example/b' is not an http or https URL\n")

        let missing = try DossierCommand.run(["build", "--urls", "nowhere.txt", "--date", "2021-09-26"], in: folder.url)
        #expect(missing.status == 66)
        #expect(missing.stderr == "dossier: error: nowhere.txt: no such file (given with --urls)\n")
    }

    @Test("dossier.yml lists URLs among its inputs, names the cache, and overrides an article by its URL")
    func manifest() throws {
        let server = try Self.server()
        defer { server.stop() }
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.file("brief"), withIntermediateDirectories: true)
        try """
        date: 2021-09-26
        inputs: ["\(server.url("/story"))", local.txt]
        cache: web-cache
        formats: [json]
        articles:
          "\(server.url("/story"))": {outlet: Reuters wire}
        """.write(to: folder.file("brief/dossier.yml"), atomically: true, encoding: .utf8)
        try Self.reply.write(to: folder.file("brief/local.txt"), atomically: true, encoding: .utf8)
        let result = try DossierCommand.run(["build", "--manifest", "brief/dossier.yml", "--quiet"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let articles = try Self.articles(in: folder.file("packet/packet.json"))
        #expect(articles.map { $0["source"] } == [server.url("/story"), "brief/local.txt"])
        #expect(articles.first?["outlet"] == "Reuters wire")
        #expect(FileManager.default.fileExists(atPath: folder.file("brief/web-cache").path))
    }
}
