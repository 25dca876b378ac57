import DossierCore
import DossierDOCX
import Foundation
import Testing
import TestSupport

/// Article text that looks like markup, fields or formulas stays text in the Word brief.
@Suite struct WordHostileTextTests {
    /// What Word shows of a hostile string: the characters XML cannot hold are gone.
    static func shown(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 == "\t" || $0 == "\n" || $0 == "\r" || !ControlCharacters.isForbidden($0) }))
    }

    @Test func everyHostileStringReadsBackAsWritten() throws {
        let document = try WordExport(SamplePackets.hostile).document
        let items = document.listItems
        for hostile in SamplePackets.hostileStrings {
            #expect(items.contains { $0.hasPrefix("“\(Self.shown(hostile))”") }, "quote not shown as written: \(hostile)")
        }
        #expect(document.headings.first?.text == "Hostile <title> & \"quotes\" =1+1")
        #expect(items.contains("2020-08: <b>coup</b> & =1"))
        #expect(document.tables.first?.dropFirst().first == ["3 =SUM(A1) <things>", "=SUM(A1) <things>", "]]>"])
    }

    @Test func noFieldOrScriptLinkComesFromArticleText() throws {
        let export = try WordExport(SamplePackets.hostile)
        let document = try export.document
        #expect(document.fields == [" PAGE ", " NUMPAGES "])
        #expect(document.links.allSatisfy { $0.hasPrefix("https://") })
        #expect(export.diagnostics.contains { $0.code == "docx-control-characters" && $0.severity == .warning })
    }

    @Test func aLinkThatIsNotHTTPIsShownAsTextAndReported() throws {
        var packet = SamplePackets.rich
        packet.articles[0].url = "javascript:alert(1)"
        let export = try WordExport(packet)
        let document = try export.document
        #expect(!document.links.contains("javascript:alert(1)"))
        #expect(document.listItems.contains { $0.hasPrefix("a1: France to cut Sahel force") })
        #expect(document.footnotes.first?.hasSuffix("paragraph a1-p1. javascript:alert(1)") == true)
        #expect(export.diagnostics.contains { $0.code == "docx-link-as-text" })
    }
}
