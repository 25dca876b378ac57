import DossierCore
import DossierHTML
import Foundation
import Testing
import TestSupport

/// The page judged by the Nu HTML Checker and rendered by Chromium, for the rich, hostile and empty
/// samples: one checker run and one browser for all of them.
@Suite struct PageValidityTests {
    static let samples: [(name: String, packet: Packet)] = [
        ("rich", SamplePackets.rich), ("hostile", SamplePackets.hostile), ("empty", SamplePackets.emptyAnalysis),
    ]

    /// Each sample's page under its own name, so that reports say which one failed.
    private static func pages(in folder: TemporaryDirectory) throws -> [URL] {
        try samples.map { sample in
            let export = try PageExport(sample.packet)
            let copy = folder.file("\(sample.name).html")
            try FileManager.default.copyItem(at: export.file, to: copy)
            return copy
        }
    }

    @Test func nuHTMLCheckerFindsNoErrors() throws {
        let folder = try TemporaryDirectory()
        let result = try Validators.nuHTMLChecker(try Self.pages(in: folder))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("\"type\":\"error\""), "\(result.stderr)")
    }

    @Test func rendersWithoutHorizontalOverflowAt1280And360() throws {
        let folder = try TemporaryDirectory()
        let renderings = try Chromium.render(try Self.pages(in: folder), screenshotsIn: folder)
        #expect(renderings.map(\.width) == [1280, 360, 1280, 360, 1280, 360])
        for rendering in renderings {
            let name = (rendering.file as NSString).lastPathComponent
            #expect(rendering.viewportWidth == rendering.width, "\(name) at \(rendering.width)")
            #expect(rendering.documentWidth == rendering.viewportWidth, "\(name) overflows at \(rendering.width) px: \(rendering.documentWidth) px wide")
            #expect(rendering.screenshotSize.first == rendering.width)
            #expect((rendering.screenshotSize.last ?? 0) >= 900, "\(name) screenshot is \(rendering.screenshotSize)")
            // Only the page's own markup: no element came from article text.
            let allowed: Set = ["a", "blockquote", "body", "figcaption", "figure", "footer", "h1", "h2", "h3", "head", "header",
                                "html", "li", "main", "meta", "nav", "ol", "p", "section", "style", "sup", "table", "tbody",
                                "td", "th", "thead", "time", "title", "tr", "ul"]
            #expect(Set(rendering.elements).subtracting(allowed).isEmpty, "\(name) has \(rendering.elements)")
        }
        let rich = try #require(renderings.first)
        for expected in ["Sahel briefing", "Contents", "Key points", "Who said what", "Sergey Lavrov", "“We have nothing to do with it”",
                         "5,100 troops", "2013-01: France began fighting in the Sahel", "People, organisations and places", "Sources", "Notes",
                         "“France to cut Sahel force as Mali talks to Wagner”, Example Wire, 2021-09-25, paragraph a1-p1."] {
            #expect(rich.text.contains(expected), "rich page lacks \(expected)")
        }
        let hostile = try #require(renderings.dropFirst(2).first)
        for hostileText in SamplePackets.hostileStrings where !hostileText.contains(where: { $0.isNewline || $0 == "\t" }) {
            let shown = String(String.UnicodeScalarView(hostileText.unicodeScalars.filter { !ControlCharacters.isForbidden($0) }))
            #expect(hostile.text.contains("“\(shown)”"), "hostile text not shown as written: \(hostileText)")
        }
        #expect(hostile.text.contains("Hostile <title> & \"quotes\" =1+1"))
    }
}
