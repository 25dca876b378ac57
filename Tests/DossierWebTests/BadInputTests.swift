import DossierCore
import Foundation
import Testing
@testable import DossierWeb

/// Hostile and broken inputs: correct output or a one-line error naming the input, never a crash or a hang.
@Suite struct WebBadInputTests {
    @Test func deeplyNestedDivsDoNotOverflowTheStack() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>The only paragraph of text, at the bottom of a very deep pile of nested elements.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let article = try WebReader.read(bytes: Array(html.utf8), source: "deep.html").articles[0]
        #expect(article.body.texts == ["The only paragraph of text, at the bottom of a very deep pile of nested elements."])
    }

    @Test func binaryUnderAnHTMLNameIsOneLineError() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: WebReadingError.notWeb(path: "photo.html")) { try WebReader.read(bytes: bytes, source: "photo.html") }
        #expect(WebReadingError.notWeb(path: "photo.html").description == "photo.html: not an HTML page or feed (it holds binary data)")
    }

    @Test func allNavigationPageHasNoArticle() {
        #expect(throws: WebReadingError.noArticle(path: WebFixtures.path("pages/all-navigation.html"))) {
            try WebFixtures.read("pages/all-navigation.html")
        }
    }

    @Test func truncatedPageIsReadAsFarAsItGoes() throws {
        let article = try WebFixtures.page("pages/truncated.html")
        #expect(article.body.texts.first?.hasPrefix("The first paragraph of a page whose download stopped") == true)
        #expect(article.body.texts.last == "The second paragraph is cut off in the mid")
    }

    @Test func zipBombIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("web-bomb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("bomb.html")
        // 80 MB of zeros compress to about 80 KB.
        try Data(count: 80 << 20).write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-f", plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        let path = plain.path + ".gz"
        let error = try #require(throws: WebReadingError.self) { try WebReader.read(path: path) }
        #expect(error.description == "\(path): cannot decompress: it inflates past 64 MB (a zip bomb?)")
    }

    @Test func gzippedPageIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("web-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data(try WebFixtures.bytes("pages/news-article.html")).write(to: page)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-f", page.path]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(try WebReader.read(path: page.path + ".gz").articles[0].title == "Harbour dredging resumes after winter pause")
    }

    static let leadTexts = (1...4).map { "Paragraph \($0) of the article, which sits beside fifty megabytes of comments, and is long enough, with its commas, to be read as the article it is." }
    static let lead = leadTexts.map { "<p>\($0)</p>" }.joined()

    @Test func fiftyMegabytePageIsRead() throws {
        // Fifty megabytes of reader comments in long paragraphs beside an article.
        let comment = "<p>" + String(repeating: "A reader's long comment goes on and on. ", count: 250) + "</p>\n"
        let filler = String(repeating: comment, count: (50 << 20) / comment.utf8.count + 1)
        let html = "<html><body><section class=\"comments\">\(filler)</section><article>\(Self.lead)</article></body></html>"
        #expect(html.utf8.count > 50 << 20)
        let article = try WebReader.read(bytes: Array(html.utf8), source: "huge.html").articles[0]
        #expect(article.body.texts == Self.leadTexts)
        #expect(article.removed.map(\.reason) == [.comments])
    }
}
