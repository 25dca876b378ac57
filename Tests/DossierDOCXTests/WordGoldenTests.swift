import DossierCore
import DossierDOCX
import Foundation
import Testing
import TestSupport

/// The document and footnotes of the rich sample, compared with their goldens.
@Suite struct WordGoldenTests {
    private let fixtures = Fixtures()

    @Test func documentAndFootnotesMatchTheirGoldens() throws {
        let export = try WordExport(SamplePackets.rich)
        for part in ["word/document.xml", "word/footnotes.xml"] {
            let unzipped = try Validators.run(["unzip", "-p", export.file.path, part])
            try #require(unzipped.status == 0, "\(unzipped.stderr)")
            try fixtures.expectGolden(unzipped.stdout, named: "rich/" + (part as NSString).lastPathComponent)
        }
    }
}
